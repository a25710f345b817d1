package org.claimgraph.server;

import java.util.ArrayList;
import java.util.List;

import org.claimgraph.doc.Assertion;
import org.claimgraph.doc.ClaimedRelation;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.Entity;
import org.claimgraph.doc.Factuality;
import org.claimgraph.doc.Iris;
import org.claimgraph.doc.Mention;
import org.claimgraph.doc.MentionType;
import org.claimgraph.doc.Quantity;
import org.claimgraph.doc.Role;
import org.claimgraph.doc.Sentence;
import org.claimgraph.doc.Span;
import org.claimgraph.doc.TextRef;
import org.claimgraph.doc.ZoneKind;

/**
 * Two small invented news articles with actors, roles, assertions, figures and a claimed relation,
 * built through the document model exactly as the pipeline stages fill it, so the publishing tests
 * do not depend on the state of the extraction stages. Every span is found in the text by search,
 * so offsets are right by construction.
 */
public final class NewsFixture {
    public static final String MAYOR = Iris.actor(MentionType.PERSON, "Jane Doe");
    public static final String CHAIRMAN = Iris.actor(MentionType.PERSON, "John Roe");
    public static final String CITY = Iris.actor(MentionType.LOCATION, "Springfield");
    public static final String COUNCIL = Iris.actor(MentionType.ORGANIZATION, "Springfield City Council");
    static final String MAYOR_SAME_AS = "http://www.wikidata.org/entity/Q4115189";

    static final String TEXT_A = "Springfield loses residents\n\n"
            + "Jane Doe, the mayor of Springfield, said on Monday that about 1,200 people had left the city since January. "
            + "\"The council has ignored our neighbourhoods,\" Doe told reporters. "
            + "John Roe, chairman of the Springfield City Council, reportedly said the figure was closer to 800 people.";

    static final String TEXT_B = "Housing aid reaches families\n\n"
            + "Jane Doe said on Tuesday that 950 families received housing aid in March. "
            + "The programme will continue, she added.";

    private NewsFixture() {}

    public static List<Document> documents() {
        return List.of(articleA(), articleB());
    }

    static Document articleA() {
        Builder b = new Builder("a.txt", TEXT_A, "Springfield loses residents", "2024-03-05");
        b.sentence("Springfield loses residents");
        int s1 = b.sentence("Jane Doe, the mayor of Springfield, said");
        int s2 = b.sentence("\"The council has ignored");
        int s3 = b.sentence("John Roe, chairman of");
        Entity mayor = b.entity(MAYOR, MentionType.PERSON, "Jane Doe", s1, "Jane Doe", "Doe");
        mayor.sameAs().add(MAYOR_SAME_AS);
        mayor.roles().add(new Role("mayor", CITY, b.span("mayor", 0)));
        Entity chairman = b.entity(CHAIRMAN, MentionType.PERSON, "John Roe", s3, "John Roe");
        chairman.roles().add(new Role("chairman", COUNCIL, b.span("chairman", 0)));
        b.entity(CITY, MentionType.LOCATION, "Springfield", s1, "Springfield");
        b.entity(COUNCIL, MentionType.ORGANIZATION, "Springfield City Council", s3, "Springfield City Council", "council");

        Assertion left = b.assertion(s1, b.ref("Jane Doe", MAYOR), "said", "about 1,200 people had left the city since January", false);
        left.setDate("2024-03-04", "relative:weekday");
        left.about().add(CITY);
        left.quantities().add(new Quantity(b.span("about 1,200", 0), "about 1,200", 1200.0, null, null, "about", Quantity.Bound.APPROXIMATELY, "people"));

        Assertion ignored = b.assertion(s2, b.ref("Doe", MAYOR, b.text.indexOf("Doe told")), "told",
                "The council has ignored our neighbourhoods", true);
        ignored.setDate("2024-03-04", "relative:weekday");
        ignored.about().add(COUNCIL);
        ignored.relations().add(new ClaimedRelation(b.ref("council", COUNCIL), "has ignored", b.ref("Springfield", CITY)));

        Assertion closer = b.assertion(s3, b.ref("John Roe", CHAIRMAN), "said", "the figure was closer to 800 people", false);
        closer.setDate("2024-03-05", "explicit");
        closer.setFactuality(new Factuality(Factuality.Certainty.PROBABLE, Factuality.Polarity.POSITIVE, Factuality.Time.NON_FUTURE));
        closer.about().add(MAYOR);
        closer.quantities().add(new Quantity(b.span("800", 0), "800", 800.0, null, null, "closer to", Quantity.Bound.APPROXIMATELY, "people"));
        return b.doc;
    }

    static Document articleB() {
        Builder b = new Builder("b.txt", TEXT_B, "Housing aid reaches families", "2024-04-10");
        b.sentence("Housing aid reaches families");
        int s1 = b.sentence("Jane Doe said on Tuesday");
        b.sentence("The programme will continue");
        b.entity(MAYOR, MentionType.PERSON, "Jane Doe", s1, "Jane Doe");
        Assertion aid = b.assertion(s1, b.ref("Jane Doe", MAYOR), "said", "950 families received housing aid in March", false);
        aid.setDate("2024-04-09", "relative:weekday");
        aid.quantities().add(new Quantity(b.span("950", 0), "950", 950.0, null, null, null, Quantity.Bound.EXACTLY, "families"));
        return b.doc;
    }

    /** Finds spans by their text and adds model objects with them. */
    private static final class Builder {
        final Document doc;
        final String text;
        private final List<Assertion> assertions = new ArrayList<>();

        Builder(String input, String text, String title, String published) {
            this.text = text;
            this.doc = new Document(input, text);
            doc.setId(Iris.document(text));
            doc.setTitle(title);
            doc.setPublished(published, "test");
        }

        Span span(String words, int from) {
            int at = text.indexOf(words, from);
            if (at < 0) throw new IllegalArgumentException("not in text: " + words);
            return new Span(at, at + words.length());
        }

        /** A sentence starting with {@code start}, running to the next ". " or the end of a line or text. */
        int sentence(String start) {
            int b = text.indexOf(start);
            int e = text.indexOf(". ", b);
            int nl = text.indexOf('\n', b);
            if (e < 0 || (nl >= 0 && nl < e)) e = nl >= 0 ? nl : text.length(); else e += 1;
            int index = doc.sentences().size();
            doc.sentences().add(new Sentence(index, new Span(b, e), List.of(), ZoneKind.BODY));
            return index;
        }

        Entity entity(String id, MentionType type, String label, int sentence, String... names) {
            Entity e = new Entity(id, type, label);
            for (String n : names) {
                e.aliases().add(n);
                int from = doc.sentences().get(sentence).span().start();
                Mention m = new Mention(span(n, text.indexOf(n, from) >= 0 ? from : 0), n, type, sentence);
                m.setEntity(id);
                doc.mentions().add(m);
            }
            doc.entities().put(id, e);
            return e;
        }

        TextRef ref(String words, String entity) { return ref(words, entity, 0); }

        TextRef ref(String words, String entity, int from) {
            return new TextRef(span(words, from), words, entity);
        }

        Assertion assertion(int sentence, TextRef source, String cue, String content, boolean direct) {
            int from = doc.sentences().get(sentence).span().start();
            Assertion a = new Assertion(assertions.size(), sentence, ZoneKind.BODY, source,
                    new TextRef(span(cue, from), cue, null), List.of(new TextRef(span(content, from), content, null)), direct);
            assertions.add(a);
            doc.assertions().add(a);
            return a;
        }
    }
}
