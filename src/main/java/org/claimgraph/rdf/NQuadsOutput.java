package org.claimgraph.rdf;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

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
 * and often its subject's: that was 5-7% of `extract --format nq`'s CPU on real news. Here each IRI
 * Jena has formatted is remembered, and written again whole.
 */
public final class NQuadsOutput {
    private NQuadsOutput() {}

    /** A stream writing N-Quads to {@code out}; call finish() to flush it. Not thread-safe. */
    public static StreamRDF stream(OutputStream out) {
        return new WriterStreamRDFPlain(IO.wrapUTF8(out), new RepeatedIris());
    }

    /** Jena's N-Triples node formatter, its IRIs' text kept: a document's IRIs, the vocabulary's. */
    private static final class RepeatedIris extends NodeFormatterNT {
        /** Enough for the IRIs of a long article; the map is emptied when full, which bounds memory. */
        private static final int KEPT = 20_000;
        private final Map<String, String> formatted = new HashMap<>();
        private final IndentedLineBuffer buffer = new IndentedLineBuffer();

        RepeatedIris() {
            super(CharSpace.UTF8);
        }

        @Override
        public void formatURI(AWriter w, String iri) {
            String text = formatted.get(iri);
            if (text == null) {
                buffer.clear();
                super.formatURI(buffer, iri);
                text = buffer.asString();
                if (formatted.size() >= KEPT) formatted.clear();
                formatted.put(iri, text);
            }
            w.print(text);
        }
    }
}
