package org.claimgraph.assertions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.claimgraph.doc.Document;
import org.claimgraph.doc.Entity;
import org.claimgraph.doc.Mention;
import org.claimgraph.doc.MentionType;
import org.claimgraph.doc.Sentence;
import org.claimgraph.doc.Span;

/**
 * A document's resolved actor mentions in text order, for the lookups the assertions need: the
 * actor a span names, and the latest actor of a type before an offset. Binary searches, so resolving
 * every assertion's source stays near linear in the document.
 */
final class ActorIndex {
    private final Document doc;
    private final List<Mention> mentions = new ArrayList<>();
    private final int[] starts;
    private final int longest;

    ActorIndex(Document doc) {
        this.doc = doc;
        for (Mention m : doc.mentions()) if (m.type().isActor() && m.entity() != null) mentions.add(m);
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        starts = new int[mentions.size()];
        int max = 0;
        for (int i = 0; i < starts.length; i++) {
            starts[i] = mentions.get(i).span().start();
            max = Math.max(max, mentions.get(i).span().length());
        }
        longest = max;
    }

    /** Index of the first mention starting at or after offset. */
    private int firstFrom(int offset) {
        int lo = 0, hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /**
     * The entity of the actor mention a span overlaps, a person first; null when none. A possessor inside
     * the span is not what it names: "Russia's General Staff" is not Russia, "Putin's spokesman" not Putin.
     */
    String overlapping(Span span) {
        Mention best = null;
        for (int i = firstFrom(span.end()) - 1; i >= 0 && starts[i] >= span.start() - longest; i--) {
            Mention m = mentions.get(i);
            if (!m.span().overlaps(span) || m.span().end() < span.end() && isPossessor(m)) continue;
            if (best == null || m.type() == MentionType.PERSON && best.type() != MentionType.PERSON) best = m;
        }
        return best == null ? null : best.entity();
    }

    private boolean isPossessor(Mention m) {
        String text = doc.text();
        int end = m.span().end();
        if (end >= text.length() || text.charAt(end) != '\'' && text.charAt(end) != '\u2019') return false;
        return end + 1 == text.length() || !Character.isLetter(text.charAt(end + 1)) || text.charAt(end + 1) == 's'
                && (end + 2 == text.length() || !Character.isLetter(text.charAt(end + 2)));
    }

    /**
     * The entity of the actor mention that ends right before offset, with at most a comma between:
     * the antecedent of a relative pronoun ("Smith, who said"); null when none.
     */
    String rightBefore(int offset) {
        String text = doc.text();
        for (int i = firstFrom(offset) - 1; i >= 0 && starts[i] >= offset - longest - 3; i--) {
            Mention m = mentions.get(i);
            if (m.span().end() > offset) continue;
            String between = text.substring(m.span().end(), offset);
            return between.isBlank() || between.strip().equals(",") ? m.entity() : null;
        }
        return null;
    }

    /** The entity of the latest mention of a type before offset, at most {@code window} sentences back. */
    String latestBefore(int offset, MentionType type, int window) {
        return latestBefore(offset, type, window, entity -> true);
    }

    /** The same, of the entities that {@code fits} accepts. */
    String latestBefore(int offset, MentionType type, int window, Predicate<Entity> fits) {
        int sentence = sentenceAt(doc.sentences(), offset);
        for (int i = firstFrom(offset) - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (sentence - m.sentence() > window) return null;
            Entity e = doc.entities().get(m.entity());
            if ((e != null ? e.type() : m.type()) == type && (e == null || fits.test(e))) return m.entity();
        }
        return null;
    }

    /** Index of the sentence holding offset (the last one starting at or before it), or 0. */
    static int sentenceAt(List<Sentence> sentences, int offset) {
        int lo = 0, hi = sentences.size() - 1, found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).span().start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
