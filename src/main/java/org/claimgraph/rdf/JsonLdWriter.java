package org.claimgraph.rdf;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.doc.Document;

/**
 * Writes a document's graph as compact JSON-LD with claimgraph's context (ontology/context.jsonld):
 * Jena writes expanded JSON-LD, Titanium compacts it. One JSON-LD document per line.
 */
public final class JsonLdWriter {
    public static final String CONTEXT_RESOURCE = "ontology/context.jsonld";

    private final JsonDocument context;

    public JsonLdWriter() {
        try (InputStream in = JsonLdWriter.class.getClassLoader().getResourceAsStream(CONTEXT_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing " + CONTEXT_RESOURCE + " on the classpath");
            context = JsonDocument.of(in);
        } catch (java.io.IOException | JsonLdError e) {
            throw new IllegalStateException("cannot read the JSON-LD context: " + e.getMessage(), e);
        }
    }

    public void write(Document doc, OutputStream out) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        DocumentGraph.emit(doc, StreamRDFLib.dataset(dsg));
        write(dsg, out);
    }

    /** Compact JSON-LD of a dataset, followed by a newline. */
    public void write(DatasetGraph dsg, OutputStream out) {
        ByteArrayOutputStream expanded = new ByteArrayOutputStream();
        RDFDataMgr.write(expanded, dsg, RDFFormat.JSONLD11_FLAT);
        try {
            JsonDocument input = JsonDocument.of(new StringReader(expanded.toString(StandardCharsets.UTF_8)));
            JsonObject compacted = JsonLd.compact(input, context).get();
            try (JsonWriter w = Json.createWriterFactory(Map.of()).createWriter(new NonClosing(out), StandardCharsets.UTF_8)) {
                w.writeObject(compacted);
            }
            out.write('\n');
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets the JSON writer close without closing the shared output. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) { super(out); }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException { out.write(b, off, len); }

        @Override
        public void close() throws java.io.IOException { flush(); }
    }
}
