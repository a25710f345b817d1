package org.claimgraph.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.claimgraph.doc.Assertion;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.Entity;
import org.claimgraph.doc.Iris;
import org.claimgraph.doc.Mention;
import org.claimgraph.doc.MentionType;
import org.claimgraph.doc.Sentence;
import org.claimgraph.doc.Span;
import org.claimgraph.doc.TextRef;
import org.claimgraph.doc.ZoneKind;

/**
 * Invented articles naming a few thousand actors, built through the document model, for the page
 * at the size of a real store: each sentence is "X said that Y ...", with speakers and subjects drawn
 * so that a few actors are named often and most rarely, as in news.
 */
final class CrowdFixture {
    private static final MentionType[] TYPES = {MentionType.PERSON, MentionType.ORGANIZATION, MentionType.LOCATION};

    private CrowdFixture() {}

    /** {@code documents} articles of {@code sentences} sentences each over {@code actors} actors. */
    static List<Document> documents(int documents, int sentences, int actors, long seed) {
        Random random = new Random(seed);
        List<Document> out = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            StringBuilder text = new StringBuilder();
            List<int[]> pairs = new ArrayList<>();
            for (int s = 0; s < sentences; s++) {
                int speaker = skewed(random, actors), about = skewed(random, actors);
                if (about == speaker) about = (about + 1) % actors;
                pairs.add(new int[] {speaker, about, text.length()});
                text.append(name(speaker)).append(" said that ").append(name(about)).append(" had changed its position. ");
            }
            Document doc = new Document("crowd-" + d + ".txt", text.toString());
            doc.setId(Iris.document(text.toString()));
            doc.setPublished("2020-%02d-%02d".formatted(1 + d % 12, 1 + d % 28), "test");
            for (int s = 0; s < pairs.size(); s++) sentence(doc, s, pairs.get(s), d);
            out.add(doc);
        }
        return out;
    }

    private static void sentence(Document doc, int s, int[] pair, int d) {
        String text = doc.text();
        int start = pair[2], end = text.indexOf(". ", start) + 1;
        doc.sentences().add(new Sentence(s, new Span(start, end), List.of(), ZoneKind.BODY));
        TextRef speaker = mention(doc, pair[0], start, s);
        int aboutAt = text.indexOf(name(pair[1]), start + name(pair[0]).length());
        mention(doc, pair[1], aboutAt, s);
        int cue = text.indexOf("said", start);
        int content = cue + "said that ".length();
        Assertion a = new Assertion(s, s, ZoneKind.BODY, speaker, new TextRef(new Span(cue, cue + 4), "said", null),
                List.of(new TextRef(new Span(content, end - 1), text.substring(content, end - 1), null)), false);
        a.setDate("2020-%02d-%02d".formatted(1 + d % 12, 1 + d % 28), "explicit");
        a.about().add(iri(pair[1]));
        doc.assertions().add(a);
    }

    private static TextRef mention(Document doc, int actor, int at, int sentence) {
        String name = name(actor), id = iri(actor);
        Span span = new Span(at, at + name.length());
        Mention m = new Mention(span, name, type(actor), sentence);
        m.setEntity(id);
        doc.mentions().add(m);
        doc.entities().computeIfAbsent(id, k -> {
            Entity e = new Entity(k, type(actor), name);
            e.aliases().add(name);
            return e;
        });
        return new TextRef(span, name, id);
    }

    /** Few actors often, most rarely: the cube of a uniform number leans to the low indices. */
    private static int skewed(Random random, int actors) {
        double u = random.nextDouble();
        return (int) (u * u * u * actors);
    }

    private static String name(int actor) {
        return switch (type(actor)) {
            case PERSON -> "Speaker " + actor;
            case ORGANIZATION -> "Agency " + actor;
            default -> "Region " + actor;
        };
    }

    private static MentionType type(int actor) { return TYPES[actor % TYPES.length]; }

    private static String iri(int actor) { return Iris.actor(type(actor), name(actor)); }
}
