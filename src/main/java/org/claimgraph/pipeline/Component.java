package org.claimgraph.pipeline;

import org.claimgraph.doc.Document;

/** One stage of the pipeline: reads what earlier stages put on the document and adds its own layer. */
@FunctionalInterface
public interface Component {
    void process(Document doc);

    /**
     * True for a stage whose result depends on the documents processed before it (it learns from
     * them): a batch then runs it on one document at a time, in input order.
     */
    default boolean inInputOrder() { return false; }
}
