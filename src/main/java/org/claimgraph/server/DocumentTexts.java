package org.claimgraph.server;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.Vocab;

/**
 * The words of a span sliced from its document's text, for a sentence whose node carries offsets but not its
 * words (a graph written with {@code --provenance claims}). Each document's text is read once per page.
 */
final class DocumentTexts {
    private final DatasetGraph dataset;
    private final Map<String, String> texts = new HashMap<>();

    DocumentTexts(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The text from {@code begin} to {@code end} of the document; null when the store or the offsets do not give it. */
    String slice(String document, String begin, String end) {
        if (document == null || begin == null || end == null) return null;
        String text = texts.computeIfAbsent(document, this::read);
        try {
            int b = Integer.parseInt(begin), e = Integer.parseInt(end);
            return text != null && 0 <= b && b <= e && e <= text.length() ? text.substring(b, e) : null;
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    private String read(String document) {
        Node d = NodeFactory.createURI(document);
        return Txn.calculateRead(dataset, () -> {
            Iterator<Quad> it = dataset.find(d, d, Vocab.NIF_IS_STRING, Node.ANY);
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        });
    }
}
