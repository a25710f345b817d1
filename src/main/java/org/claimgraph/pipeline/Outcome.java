package org.claimgraph.pipeline;

import org.claimgraph.doc.Document;

/** What became of one input: a processed document, or the one-line reason it was skipped. */
public record Outcome(String input, Document document, String skipped, Throwable error) {
    public static Outcome of(Document doc) { return new Outcome(doc.input(), doc, null, null); }

    public static Outcome skipped(String input, String reason) { return new Outcome(input, null, reason, null); }

    public static Outcome failed(String input, Throwable error) {
        return new Outcome(input, null, "internal error: " + error, error);
    }

    public boolean ok() { return document != null; }
}
