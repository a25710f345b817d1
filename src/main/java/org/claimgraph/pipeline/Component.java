package org.claimgraph.pipeline;

import org.claimgraph.doc.Document;

/** One stage of the pipeline: reads what earlier stages put on the document and adds its own layer. */
@FunctionalInterface
public interface Component {
    void process(Document doc);
}
