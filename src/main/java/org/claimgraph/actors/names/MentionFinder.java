package org.claimgraph.actors.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.claimgraph.doc.Document;
import org.claimgraph.doc.Mention;
import org.claimgraph.doc.Sentence;
import org.claimgraph.doc.Span;
import org.claimgraph.doc.ZoneKind;
import org.claimgraph.pipeline.Component;

/**
 * Finds the PERSON, ORGANIZATION and LOCATION mentions of a document: cuts each sentence into {@link NerTokens},
 * lets the {@link NameCombiner} choose the names (its javadoc gives the finders and their priority), and adds
 * them as mentions with character offsets into the text. Mentions never overlap; boilerplate is skipped.
 * One instance serves several threads.
 */
public final class MentionFinder implements Component {
    private final NameCombiner combiner;

    /** What the pipeline runs: all finders by {@link NameCombiner#standard()}'s priority. */
    public MentionFinder() { this(NameCombiner.standard()); }

    public MentionFinder(NameCombiner combiner) { this.combiner = combiner; }

    /** Starts loading the name model, if nothing has yet. */
    public static void preload() { NameModel.shared(); }

    @Override
    public void process(Document doc) {
        String text = doc.text();
        List<Sentence> sentences = new ArrayList<>();
        List<NameCombiner.NameSentence> named = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (s.zone() == ZoneKind.BOILERPLATE || s.tokens().isEmpty()) continue;
            sentences.add(s);
            named.add(new NameCombiner.NameSentence(NerTokens.of(text, s.tokens()), s.zone() == ZoneKind.TITLE));
        }
        List<List<NameCombiner.Found>> chosen = combiner.find(named);
        for (int i = 0; i < sentences.size(); i++) {
            NerTokens nt = named.get(i).tokens();
            for (NameCombiner.Found c : chosen.get(i)) {
                Span span = new Span(nt.starts[c.from()], nt.ends[c.to() - 1]);
                doc.mentions().add(new Mention(span, span.of(text), c.type(), sentences.get(i).index()));
            }
        }
        doc.mentions().sort(Comparator.comparing(Mention::span));
    }
}
