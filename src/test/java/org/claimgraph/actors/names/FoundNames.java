package org.claimgraph.actors.names;

import java.util.List;

import org.claimgraph.doc.Document;
import org.claimgraph.language.LanguageAnalyzer;

/** Invented text through the real language stage and the pipeline's name finders. */
final class FoundNames {
    private static final LanguageAnalyzer ANALYZER = new LanguageAnalyzer();
    private static final MentionFinder FINDER = new MentionFinder();

    private FoundNames() {}

    /** The actors' names found in a document's text, as "TYPE:text". */
    static List<String> in(String text) {
        Document doc = new Document("test", text);
        ANALYZER.process(doc);
        FINDER.process(doc);
        return doc.mentions().stream().filter(m -> m.type().isActor()).map(m -> m.type() + ":" + m.text()).toList();
    }
}
