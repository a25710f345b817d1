package org.claimgraph.rdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriterFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.doc.Document;

/**
 * Writes RDF as compact JSON-LD 1.1 with claimgraph's context (ontology/context.jsonld): Jena writes
 * expanded JSON-LD, Titanium compacts it. A served description names its context by URL; the
 * documents of {@code extract} go into one JSON-LD document that carries the context itself (see
 * {@link Documents}).
 */
public final class JsonLdWriter {
    public static final String CONTEXT_RESOURCE = "ontology/context.jsonld";
    private static final JsonWriterFactory JSON = Json.createWriterFactory(Map.of());

    private final JsonDocument context;

    public JsonLdWriter() {
        try {
            context = JsonDocument.of(new ByteArrayInputStream(contextBytes()));
        } catch (JsonLdError e) {
            throw new IllegalStateException("cannot read the JSON-LD context: " + e.getMessage(), e);
        }
    }

    /** The context's own bytes, as served at its URL. */
    public static byte[] contextBytes() {
        try (InputStream in = JsonLdWriter.class.getClassLoader().getResourceAsStream(CONTEXT_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing " + CONTEXT_RESOURCE + " on the classpath");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compact JSON-LD of a dataset whose context is the one at {@code contextUrl}, followed by a newline. */
    public void write(DatasetGraph dsg, String contextUrl, OutputStream out) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("@context", contextUrl);
        compact(dsg).forEach((key, value) -> {
            if (!key.equals("@context")) b.add(key, value);
        });
        writeJson(b.build(), out);
        newline(out);
    }

    /** The dataset compacted with the context; its "@context" member holds the context itself. */
    private JsonObject compact(DatasetGraph dsg) {
        ByteArrayOutputStream expanded = new ByteArrayOutputStream();
        RDFDataMgr.write(expanded, dsg, RDFFormat.JSONLD11_FLAT);
        try {
            JsonDocument input = JsonDocument.of(new StringReader(expanded.toString(StandardCharsets.UTF_8)));
            return JsonLd.compact(input, context).get();
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
    }

    private static void writeJson(JsonValue value, OutputStream out) {
        try (var w = JSON.createWriter(new NonClosing(out), StandardCharsets.UTF_8)) {
            w.write(value);
        }
    }

    private static void newline(OutputStream out) {
        try {
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(OutputStream out, String s) {
        try {
            out.write(s.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Documents streamed into one JSON-LD document: the context, then each document's named graph as
     * one line of the top-level "@graph" array, so the whole stays valid JSON for every parser while
     * a line still holds one document.
     */
    public final class Documents implements AutoCloseable {
        private final OutputStream out;
        private final Provenance provenance;
        private boolean first = true;

        private Documents(OutputStream out, Provenance provenance) {
            this.out = out;
            this.provenance = provenance;
            text(out, "{\"@context\":");
            writeJson(context.getJsonContent().orElseThrow().asJsonObject().get("@context"), out);
            text(out, ",\n\"@graph\":[");
        }

        public void write(Document doc) {
            DatasetGraph dsg = DatasetGraphFactory.create();
            DocumentGraph.emit(doc, StreamRDFLib.dataset(dsg), provenance);
            JsonObjectBuilder graph = Json.createObjectBuilder(compact(dsg));
            graph.remove("@context");
            text(out, first ? "\n" : ",\n");
            writeJson(graph.build(), out);
            first = false;
        }

        @Override
        public void close() {
            text(out, "\n]}\n");
        }
    }

    /** Documents streamed into one JSON-LD document on {@code out}; closing it ends the document. */
    public Documents documents(OutputStream out, Provenance provenance) {
        return new Documents(out, provenance);
    }

    /** Lets the JSON writer close without closing the shared output. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) { super(out); }

        @Override
        public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }

        @Override
        public void close() throws IOException { flush(); }
    }
}
