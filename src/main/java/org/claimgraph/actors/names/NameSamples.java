package org.claimgraph.actors.names;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.Sentence;
import org.claimgraph.language.LanguageAnalyzer;

/**
 * Annotated text cut the way the pipeline cuts it at run time: the language stage's sentences and
 * tokens, re-cut by {@link NerTokens}, with each annotated name mapped onto those
 * tokens. A name whose edges fall inside a token cannot be learnt or found; it is kept aside (the
 * trainer drops its sentence, the development score counts it as missed).
 */
final class NameSamples {
    /** One sentence: its tokens, the names on them, the types of names that did not align, and whether a document starts here. */
    record Tagged(NerTokens tokens, Span[] names, List<String> unaligned, boolean documentStart) {
        NameSample sample() {
            return new NameSample(tokens.words, names, documentStart);
        }
    }

    /** A name by character offsets into a text, with the model's type. */
    record Entity(int start, int end, String type) {}

    /** A text and its names, in order. */
    record Annotated(String text, List<Entity> entities) {}

    private final LanguageAnalyzer analyzer = new LanguageAnalyzer();

    /** The sentences of one annotated document (names typed with the model's types; untyped names dropped). */
    List<Tagged> of(Annotated text) {
        Document doc = new Document("training", text.text());
        analyzer.process(doc);
        List<Tagged> out = new ArrayList<>();
        int next = 0;
        List<Entity> entities = text.entities();
        for (Sentence s : doc.sentences()) {
            if (s.tokens().isEmpty()) continue;
            NerTokens nt = NerTokens.of(text.text(), s.tokens());
            List<Span> names = new ArrayList<>();
            List<String> unaligned = new ArrayList<>();
            while (next < entities.size() && entities.get(next).start() < s.span().end()) {
                Entity e = entities.get(next++);
                int first = indexOf(nt.starts, e.start());
                int last = indexOf(nt.ends, e.end());
                if (first >= 0 && last >= first) names.add(new Span(first, last + 1, e.type()));
                else unaligned.add(e.type());
            }
            out.add(new Tagged(nt, names.toArray(new Span[0]), unaligned, out.isEmpty()));
        }
        return out;
    }

    /** A gold document as annotated text: its names in order, typed for the model (MISC kept as its own type or left out). */
    static Annotated annotated(GoldCorpus.GoldDocument gold, boolean keepMisc) {
        List<Entity> entities = new ArrayList<>();
        for (GoldCorpus.Name n : gold.names()) {
            String type = NameModel.typeOfLabel(n.label(), keepMisc);
            if (type != null) entities.add(new Entity(gold.tokenStart(n.from()), gold.tokenEnd(n.to() - 1), type));
        }
        return new Annotated(gold.text(), entities);
    }

    private static int indexOf(int[] offsets, int offset) {
        for (int i = 0; i < offsets.length; i++) if (offsets[i] == offset) return i;
        return -1;
    }
}
