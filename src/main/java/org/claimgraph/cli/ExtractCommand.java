package org.claimgraph.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.util.concurrent.Callable;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.rdf.DocumentGraph;
import org.claimgraph.rdf.JsonLdWriter;
import org.claimgraph.rdf.JsonLinesWriter;
import org.claimgraph.rdf.NQuadsOutput;
import org.claimgraph.rdf.TriplesOnly;
import org.claimgraph.rdf.Vocab;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Reads files and directories (or - for stdin) and prints the extraction to stdout; no store involved.",
                "Formats: jsonl (one JSON object per document, the contract in docs/data-model.md), ttl (Turtle triples), "
                        + "nq (N-Quads, one named graph per document), jsonld (one JSON-LD 1.1 document: the context, then "
                        + "each document's named graph on a line of its @graph)."})
final class ExtractCommand implements Callable<Integer> {
    enum Format { jsonl, ttl, nq, jsonld }

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl | ttl | nq | jsonld (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    InputOptions inputs;

    @Mixin
    ProvenanceOptions provenance;

    @Override
    public Integer call() {
        OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
        Batch batch = inputs.batch(Pipeline::standard);
        int status;
        switch (format) {
            case jsonl -> {
                try (JsonLinesWriter writer = new JsonLinesWriter(out)) {
                    status = batch.run("extracted", writer::write);
                }
            }
            case ttl, nq -> {
                StreamRDF writer = format == Format.nq ? NQuadsOutput.stream(out) : StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
                // Turtle has no named graphs: each quad's triple is written, its graph (the document) dropped.
                StreamRDF stream = format == Format.nq ? writer : new TriplesOnly(writer);
                stream.start();
                StreamRDFOps.sendPrefixesToStream(Vocab.PREFIXES, stream);
                status = batch.run("extracted", doc -> DocumentGraph.emit(doc, stream, provenance.provenance()));
                stream.finish();
            }
            default -> {
                try (JsonLdWriter.Documents writer = new JsonLdWriter().documents(out, provenance.provenance())) {
                    status = batch.run("extracted", writer::write);
                }
            }
        }
        flush(out);
        return status;
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
