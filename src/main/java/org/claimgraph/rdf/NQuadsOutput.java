package org.claimgraph.rdf;

import java.io.OutputStream;

import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.writer.WriterStreamRDFPlain;

/**
 * N-Quads in UTF-8, as Jena's streaming writer writes them, byte for byte. Jena writes an IRI one
 * character at a time, checking each for escapes, and every quad repeats its graph's IRI, a property's
 * and often its subject's: that was 5-7% of `extract --format nq`'s CPU on real news. Here the IRIs
 * Jena formatted last are remembered, and written again whole.
 */
public final class NQuadsOutput {
    private NQuadsOutput() {}

    /** A stream writing N-Quads to {@code out}; call finish() to flush it. Not thread-safe. */
    public static StreamRDF stream(OutputStream out) {
        return new WriterStreamRDFPlain(IO.wrapUTF8(out), new RepeatedIris());
    }

    /**
     * Jena's N-Triples node formatter, the text of recent IRIs kept: in a table of fixed size, each IRI
     * in the slot its hash picks, replacing the one there. Bounded, and small enough that the young
     * collections have little of it to copy: a map of 20,000 IRIs, emptied when full, grew the run's peak
     * memory by 25 MB.
     */
    private static final class RepeatedIris extends NodeFormatterNT {
        private static final int SLOTS = 4096;
        private final String[] iris = new String[SLOTS];
        private final String[] texts = new String[SLOTS];
        private final IndentedLineBuffer buffer = new IndentedLineBuffer();

        RepeatedIris() {
            super(CharSpace.UTF8);
        }

        @Override
        public void formatURI(AWriter w, String iri) {
            int slot = iri.hashCode() & (SLOTS - 1);
            if (!iri.equals(iris[slot])) {
                buffer.clear();
                super.formatURI(buffer, iri);
                iris[slot] = iri;
                texts[slot] = buffer.asString();
            }
            w.print(texts[slot]);
        }
    }
}
