package org.claimgraph.actors;

import java.util.List;

import org.claimgraph.doc.Mention;
import org.claimgraph.doc.MentionType;

/**
 * A mention with its name as compared: possessive, "the", honorifics and titles left out; the well-known actor
 * it names, if any; whether it is an acronym.
 */
record NamedMention(Mention mention, String display, String key, List<String> words, WellKnownActors.Actor known, boolean acronym) {
    MentionType type() { return mention.type(); }

    /** An acronym, or a person named by one word: these join a full form rather than stand for one. */
    boolean isShort() { return acronym || (type() == MentionType.PERSON && words.size() == 1); }

    NamedMention unknown() { return new NamedMention(mention, display, key, words, null, acronym); }
}
