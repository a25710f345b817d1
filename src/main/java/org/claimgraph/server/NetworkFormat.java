package org.claimgraph.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The file formats of graph tools the actor network is written in: GraphML (Gephi, yEd, NetworkX,
 * igraph), GEXF 1.3 (Gephi; the edge kind is GEXF's own edge kind, so parallel edges of different
 * kinds stay apart) or 1.2draft (NetworkX releases before 2025 read no later one; the kind is an attribute there),
 * and Cytoscape.js JSON elements (Cytoscape.js, Cytoscape desktop's "Import network from file", and
 * NetworkX's cytoscape_graph, for which nodes carry "value", edges "key", and the graph says it is
 * directed and a multigraph).
 */
public enum NetworkFormat {
    GRAPHML("application/graphml+xml", "graphml"),
    GEXF("application/gexf+xml", "gexf"),
    CYTOSCAPE("application/json", "json");

    public final String mediaType;
    public final String extension;

    NetworkFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The GEXF versions written: 1.3, the current one, and 1.2draft for readers that know no later. */
    public enum GexfVersion {
        V1_3("1.3", "http://gexf.net/1.3", "1.3"),
        V1_2DRAFT("1.2draft", "http://www.gexf.net/1.2draft", "1.2");

        public final String label;
        final String namespace;
        final String version;

        GexfVersion(String label, String namespace, String version) {
            this.label = label;
            this.namespace = namespace;
            this.version = version;
        }

        public static GexfVersion parse(String label) {
            for (GexfVersion v : values()) if (v.label.equalsIgnoreCase(label)) return v;
            throw new IllegalArgumentException("unknown GEXF version '" + label + "' (1.3 or 1.2draft)");
        }
    }

    public static NetworkFormat parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown network format '" + name + "' (graphml, gexf or cytoscape)", e);
        }
    }

    /** Writes the actor network of the store behind {@code dataset} ({@code gexf}: the GEXF version, when GEXF). */
    public static void export(org.apache.jena.sparql.core.DatasetGraph dataset, NetworkFormat format, GexfVersion gexf,
                              OutputStream out) {
        format.write(ActorNetwork.of(dataset), gexf, out);
    }

    void write(ActorNetwork network, GexfVersion gexfVersion, OutputStream out) {
        try {
            switch (this) {
                case GRAPHML -> graphml(network, out);
                case GEXF -> gexf(network, gexfVersion, out);
                case CYTOSCAPE -> cytoscape(network, out);
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write " + this + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void graphml(ActorNetwork net, OutputStream out) throws XMLStreamException {
        XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("graphml");
        w.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
        key(w, "label", "node", "label", "string");
        key(w, "type", "node", "type", "string");
        key(w, "documents", "node", "documents", "int");
        key(w, "kind", "edge", "kind", "string");
        key(w, "edgelabel", "edge", "label", "string");
        key(w, "weight", "edge", "weight", "double");
        key(w, "first", "edge", "first", "string");
        key(w, "last", "edge", "last", "string");
        w.writeStartElement("graph");
        w.writeAttribute("id", "claimgraph");
        w.writeAttribute("edgedefault", "directed");
        for (ActorNetwork.Actor a : net.actors()) {
            w.writeStartElement("node");
            w.writeAttribute("id", a.id());
            data(w, "label", a.label());
            data(w, "type", a.type());
            data(w, "documents", Long.toString(a.documents()));
            w.writeEndElement();
        }
        for (ActorNetwork.Edge e : net.edges()) {
            w.writeStartElement("edge");
            w.writeAttribute("id", e.id());
            w.writeAttribute("source", e.source());
            w.writeAttribute("target", e.target());
            data(w, "kind", e.kind());
            data(w, "edgelabel", e.label());
            data(w, "weight", Long.toString(e.weight()));
            data(w, "first", e.first());
            data(w, "last", e.last());
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
    }

    private static void key(XMLStreamWriter w, String id, String forWhat, String name, String type) throws XMLStreamException {
        w.writeEmptyElement("key");
        w.writeAttribute("id", id);
        w.writeAttribute("for", forWhat);
        w.writeAttribute("attr.name", name);
        w.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        if (value == null) return;
        w.writeStartElement("data");
        w.writeAttribute("key", key);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static void gexf(ActorNetwork net, GexfVersion version, OutputStream out) throws XMLStreamException {
        // 1.2draft has no edge kind: there the kind is an attribute of the edge.
        boolean ownKind = version == GexfVersion.V1_3;
        XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("gexf");
        w.writeDefaultNamespace(version.namespace);
        w.writeAttribute("version", version.version);
        w.writeStartElement("meta");
        w.writeAttribute("lastmodifieddate", LocalDate.now().toString());
        w.writeStartElement("creator");
        w.writeCharacters("claimgraph");
        w.writeEndElement();
        w.writeStartElement("description");
        w.writeCharacters("Actor network: who speaks about whom, claimed relations, roles");
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement("graph");
        w.writeAttribute("defaultedgetype", "directed");
        w.writeAttribute("mode", "static");
        attributes(w, "node", new String[][] {{"type", "string"}, {"documents", "integer"}});
        attributes(w, "edge", ownKind ? new String[][] {{"first", "string"}, {"last", "string"}}
                : new String[][] {{"kind", "string"}, {"first", "string"}, {"last", "string"}});
        w.writeStartElement("nodes");
        for (ActorNetwork.Actor a : net.actors()) {
            w.writeStartElement("node");
            w.writeAttribute("id", a.id());
            w.writeAttribute("label", a.label());
            attvalues(w, new String[][] {{"type", a.type()}, {"documents", Long.toString(a.documents())}});
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement("edges");
        for (ActorNetwork.Edge e : net.edges()) {
            w.writeStartElement("edge");
            w.writeAttribute("id", e.id());
            w.writeAttribute("source", e.source());
            w.writeAttribute("target", e.target());
            if (ownKind) w.writeAttribute("kind", e.kind());
            w.writeAttribute("label", e.label());
            w.writeAttribute("weight", Long.toString(e.weight()));
            attvalues(w, new String[][] {{"kind", ownKind ? null : e.kind()}, {"first", e.first()}, {"last", e.last()}});
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
    }

    private static void attributes(XMLStreamWriter w, String cls, String[][] idAndType) throws XMLStreamException {
        w.writeStartElement("attributes");
        w.writeAttribute("class", cls);
        for (String[] a : idAndType) {
            w.writeEmptyElement("attribute");
            w.writeAttribute("id", a[0]);
            w.writeAttribute("title", a[0]);
            w.writeAttribute("type", a[1]);
        }
        w.writeEndElement();
    }

    private static void attvalues(XMLStreamWriter w, String[][] forAndValue) throws XMLStreamException {
        w.writeStartElement("attvalues");
        for (String[] a : forAndValue) {
            if (a[1] == null) continue;
            w.writeEmptyElement("attvalue");
            w.writeAttribute("for", a[0]);
            w.writeAttribute("value", a[1]);
        }
        w.writeEndElement();
    }

    private static void cytoscape(ActorNetwork net, OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeObjectFieldStart("data");
            g.writeStringField("name", "claimgraph actor network");
            g.writeEndObject();
            g.writeBooleanField("directed", true);
            g.writeBooleanField("multigraph", true);
            g.writeObjectFieldStart("elements");
            g.writeArrayFieldStart("nodes");
            for (ActorNetwork.Actor a : net.actors()) {
                g.writeStartObject();
                g.writeObjectFieldStart("data");
                g.writeStringField("id", a.id());
                g.writeStringField("value", a.id());
                g.writeStringField("label", a.label());
                g.writeStringField("type", a.type());
                g.writeNumberField("documents", a.documents());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("edges");
            for (ActorNetwork.Edge e : net.edges()) {
                g.writeStartObject();
                g.writeObjectFieldStart("data");
                g.writeStringField("id", e.id());
                g.writeStringField("key", e.id());
                g.writeStringField("source", e.source());
                g.writeStringField("target", e.target());
                g.writeStringField("kind", e.kind());
                g.writeStringField("label", e.label());
                g.writeNumberField("weight", e.weight());
                if (e.first() != null) g.writeStringField("first", e.first());
                if (e.last() != null) g.writeStringField("last", e.last());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
        out.write('\n');
    }
}
