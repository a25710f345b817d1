package org.claimgraph.assertions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimgraph.doc.ClaimedRelation;
import org.claimgraph.doc.Mention;
import org.claimgraph.doc.Sentence;
import org.claimgraph.doc.Span;
import org.claimgraph.doc.TextRef;
import org.claimgraph.doc.Token;

/**
 * Subject-predicate-object between two actors inside an assertion's content: an actor in subject
 * position, a verb phrase, and the next actor in the same clause ("the United States had provided
 * financial and technical assistance to the Islamic State").
 */
final class ClaimedRelations {
    private static final int MAX_PREDICATE_TOKENS = 12;
    /** Tokens that end a clause: the two actors would not be subject and object of one verb. */
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "that", "which", "who", "whom", "because",
            "while", "but", "although", "\"", "“", "”", "(", ")", "—", "–");

    private ClaimedRelations() {}

    /** Relations between the actor mentions (sorted, with entities) of sentence s that lie inside span. */
    static List<ClaimedRelation> find(String text, Sentence s, List<Mention> actors, Span within) {
        List<ClaimedRelation> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        Mention previous = null;
        for (Mention m : actors) {
            if (!within.contains(m.span())) continue;
            if (previous != null) {
                ClaimedRelation r = relation(text, tokens, previous, m);
                if (r != null) out.add(r);
            }
            previous = m;
        }
        return out;
    }

    private static ClaimedRelation relation(String text, List<Token> tokens, Mention subject, Mention object) {
        if (subject.entity().equals(object.entity())) return null;
        int first = -1, last = -1, before = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Span t = tokens.get(i).span();
            if (t.end() <= subject.span().start()) before = i;
            if (t.start() >= subject.span().end() && t.end() <= object.span().start()) {
                if (first < 0) first = i;
                last = i;
            }
        }
        if (first < 0 || last - first + 1 > MAX_PREDICATE_TOKENS) return null;
        // an actor after a preposition ("in Russia") is no subject
        if (before >= 0 && tokens.get(before).pos().equals("ADP")) return null;
        boolean verb = false;
        for (int i = first; i <= last; i++) {
            Token t = tokens.get(i);
            if (CLAUSE_BREAKS.contains(t.text().toLowerCase(java.util.Locale.ROOT))) return null;
            verb |= t.pos().equals("VERB");
        }
        if (!verb) return null;
        // "had provided ... to the": auxiliaries and adverbs before the verb, determiners after the preposition
        while (first <= last && (tokens.get(first).pos().equals("AUX") || tokens.get(first).pos().equals("ADV")
                && !isNegation(tokens.get(first)))) first++;
        while (last >= first && (tokens.get(last).pos().equals("DET") || tokens.get(last).pos().equals("PUNCT"))) last--;
        if (first > last) return null;
        String predicate = text.substring(tokens.get(first).span().start(), tokens.get(last).span().end());
        return new ClaimedRelation(ref(subject), predicate, ref(object));
    }

    private static boolean isNegation(Token t) {
        String w = t.text().toLowerCase(java.util.Locale.ROOT);
        return w.equals("not") || w.equals("n't") || w.equals("never");
    }

    private static TextRef ref(Mention m) {
        return new TextRef(m.span(), m.text(), m.entity());
    }
}
