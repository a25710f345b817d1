package org.claimgraph.assertions;

import java.util.ArrayList;
import java.util.List;

import org.claimgraph.doc.Factuality;
import org.claimgraph.doc.Span;

/**
 * An attribution as found in one sentence, before resolution: token indices of the cue, character
 * spans of the source (null when the sentence names none), content parts and addressee.
 */
final class Attribution {
    final int sentence;
    final int cueStart;
    final int cueEnd;
    final Span cue;
    Span source;
    final List<Span> content = new ArrayList<>();
    final boolean direct;
    Span addressee;
    /** The noun phrase a relative pronoun source stands for ("a source who told him"); null otherwise. */
    Span antecedent;
    /** How the article presents the report ("did not say", "reportedly said", "will tell"). */
    Factuality factuality = Factuality.PLAIN;

    Attribution(int sentence, int cueStart, int cueEnd, Span cue, Span source, List<Span> content,
                boolean direct, Span addressee) {
        this.sentence = sentence;
        this.cueStart = cueStart;
        this.cueEnd = cueEnd;
        this.cue = cue;
        this.source = source;
        this.content.addAll(content);
        this.direct = direct;
        this.addressee = addressee;
    }

    int contentStart() { return content.get(0).start(); }

    int contentEnd() { return content.get(content.size() - 1).end(); }

    boolean contentCovers(int offset) {
        for (Span s : content) if (s.start() <= offset && offset < s.end()) return true;
        return false;
    }
}
