package org.claimgraph.rdf;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.doc.Assertion;
import org.claimgraph.doc.ClaimedRelation;
import org.claimgraph.doc.DatedEvidence;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.Entity;
import org.claimgraph.doc.Factuality;
import org.claimgraph.doc.Iris;
import org.claimgraph.doc.Mention;
import org.claimgraph.doc.Quantity;
import org.claimgraph.doc.ReaderComment;
import org.claimgraph.doc.Role;
import org.claimgraph.doc.Sentence;
import org.claimgraph.doc.Span;
import org.claimgraph.doc.TextRef;
import org.claimgraph.doc.Zone;
import org.claimgraph.doc.ZoneKind;
import org.claimgraph.vocab.CG;

/**
 * Maps one document to RDF under the claimgraph ontology, streaming quads into a {@link StreamRDF}.
 * Every quad goes into the document's named graph, whose name is the document IRI, so each triple is
 * traceable to its document; mentions and assertions also carry their sentence. How many sentences
 * and mentions are described is the {@link Provenance}'s choice. Each quad is sent
 * once: a span that is both a mention and a source, say, is described once (the document's quads are
 * remembered until it ends, so N-Quads and Turtle output repeat no line; that costs about 0.1 ms of
 * CPU per seed article, where writing one into the store takes about 28).
 */
public final class DocumentGraph {
    private final Document doc;
    private final StreamRDF out;
    private final Node graph;
    private final boolean everySpan;
    private final Set<Triple> sent = new HashSet<>();
    private int roles;

    private DocumentGraph(Document doc, StreamRDF out, Provenance provenance) {
        this.doc = doc;
        this.out = out;
        this.graph = iri(doc.id());
        this.everySpan = provenance.everySpan();
    }

    /** The document's graph with full provenance: every sentence and mention. */
    public static void emit(Document doc, StreamRDF out) {
        emit(doc, out, Provenance.FULL);
    }

    public static void emit(Document doc, StreamRDF out, Provenance provenance) {
        new DocumentGraph(doc, out, provenance).emitAll();
    }

    private void emitAll() {
        Node d = graph;
        type(d, CG.Document.asNode());
        add(d, Vocab.NIF_IS_STRING, str(doc.text()));
        if (doc.input() != null) add(d, CG.inputPath.asNode(), str(fileName(doc.input())));
        // A literal: a crawled URI need not be a valid IRI, and one bad IRI would stop a bulk load.
        if (doc.sourceUrl() != null) add(d, Vocab.SCHEMA_URL, NodeFactory.createLiteralDT(doc.sourceUrl(), XSDDatatype.XSDanyURI));
        if (doc.title() != null) add(d, Vocab.SCHEMA_HEADLINE, str(doc.title()));
        if (doc.language() != null) add(d, Vocab.SCHEMA_IN_LANGUAGE, str(languageTag(doc.language())));
        if (doc.published() != null) {
            add(d, Vocab.SCHEMA_DATE_PUBLISHED, isoDate(doc.published()));
            add(d, CG.publishedHow.asNode(), str(doc.publishedHow()));
        }
        named(d, Vocab.SCHEMA_AUTHOR, doc.id() + "/author", Vocab.SCHEMA_PERSON, doc.author());
        named(d, Vocab.SCHEMA_PUBLISHER, doc.id() + "/publisher", Vocab.SCHEMA_ORGANIZATION, doc.publisher());
        for (int i = 0; i < doc.dateEvidence().size(); i++) {
            DatedEvidence e = doc.dateEvidence().get(i);
            Node n = iri(Iris.part(doc.id(), "date", i));
            add(d, CG.dateEvidence.asNode(), n);
            type(n, CG.DateEvidence.asNode());
            add(n, CG.dateValue.asNode(), isoDate(e.iso()));
            add(n, CG.dateHow.asNode(), str(e.how()));
            if (e.span() != null) offsets(n, e.span(), true);
        }
        for (int i = 0; i < doc.zones().size(); i++) {
            Zone z = doc.zones().get(i);
            Node n = iri(Iris.part(doc.id(), "zone", i));
            add(d, CG.hasZone.asNode(), n);
            type(n, CG.Zone.asNode());
            add(n, CG.zoneKind.asNode(), str(z.kind().label()));
            offsets(n, z.span(), false);
        }
        for (int i = 0; i < doc.comments().size(); i++) emitComment(i, doc.comments().get(i));
        List<Sentence> sentences = describedSentences();
        for (Sentence s : sentences) add(d, CG.hasSentence.asNode(), spanNode(s.span()));
        for (Sentence s : sentences) {
            Node n = spanNode(s.span());
            type(n, CG.Sentence.asNode());
            offsets(n, s.span(), everySpan);
        }
        if (everySpan) for (Mention m : doc.mentions()) emitMention(m);
        for (Entity e : doc.entities().values()) emitEntity(e);
        for (Assertion a : doc.assertions()) emitAssertion(a);
    }

    /** Every sentence, or with lean provenance those an assertion was read from, in text order. */
    private List<Sentence> describedSentences() {
        if (everySpan) return doc.sentences();
        BitSet read = new BitSet();
        for (Assertion a : doc.assertions()) {
            if (a.sentence() >= 0 && a.sentence() < doc.sentences().size()) read.set(a.sentence());
        }
        return read.stream().mapToObj(doc.sentences()::get).toList();
    }

    private void emitComment(int index, ReaderComment c) {
        Node n = iri(Iris.part(doc.id(), "comment", index));
        add(graph, CG.hasComment.asNode(), n);
        type(n, CG.ReaderComment.asNode());
        offsets(n, c.span(), false);
        add(n, Vocab.SCHEMA_TEXT, str(doc.slice(c.span())));
        add(n, Vocab.SCHEMA_ABOUT, graph);
        named(n, Vocab.SCHEMA_AUTHOR, Iris.part(doc.id(), "comment", index) + "/author", Vocab.SCHEMA_PERSON, c.author());
        if (c.date() != null) add(n, Vocab.SCHEMA_DATE_CREATED, str(c.date()));
        if (c.repliesTo() >= 0) add(n, Vocab.SCHEMA_PARENT_ITEM, iri(Iris.part(doc.id(), "comment", c.repliesTo())));
    }

    private void emitMention(Mention m) {
        Node n = spanNode(m.span());
        type(n, CG.Mention.asNode());
        offsets(n, m.span(), true);
        add(n, CG.mentionType.asNode(), str(m.type().name()));
        if (m.entity() != null) add(n, CG.denotes.asNode(), iri(m.entity()));
        sentence(n, m.sentence());
    }

    private void emitEntity(Entity e) {
        Node n = iri(e.id());
        type(n, CG.Actor.asNode());
        type(n, switch (e.type()) {
            case PERSON -> CG.Person.asNode();
            case ORGANIZATION -> CG.Organization.asNode();
            default -> CG.Location.asNode();
        });
        add(n, RDFS.label.asNode(), str(e.label()));
        for (String alias : e.aliases()) {
            if (!alias.equals(e.label())) add(n, SKOS.altLabel.asNode(), str(alias));
        }
        for (String same : e.sameAs()) add(n, OWL.sameAs.asNode(), iri(same));
        add(n, CG.mentionedIn.asNode(), graph);
        for (Role r : e.roles()) {
            Node role = iri(Iris.part(doc.id(), "role", roles++));
            add(n, CG.holdsRole.asNode(), role);
            type(role, CG.Role.asNode());
            add(role, Vocab.SCHEMA_ROLE_NAME, str(r.title()));
            if (r.in() != null) add(role, CG.roleIn.asNode(), iri(r.in()));
            add(role, Vocab.PROV_DERIVED_FROM, graph);
            if (r.span() != null) offsets(role, r.span(), true);
        }
    }

    private void emitAssertion(Assertion a) {
        String id = Iris.assertion(doc.id(), a.index());
        Node n = iri(id);
        type(n, CG.Assertion.asNode());
        add(n, Vocab.PROV_DERIVED_FROM, graph);
        sentence(n, a.sentence());
        add(n, CG.inComment.asNode(), NodeFactory.createLiteralDT(Boolean.toString(a.zone() == ZoneKind.COMMENT), XSDDatatype.XSDboolean));
        add(n, CG.quoteKind.asNode(), a.direct() ? CG.DirectQuote.asNode() : CG.IndirectQuote.asNode());
        factuality(n, a.factuality());
        textRef(n, CG.sourceSpan.asNode(), CG.source.asNode(), a.source(), true);
        String claimant = a.claimant(doc);
        if (claimant != null) add(n, CG.claimant.asNode(), str(claimant));
        textRef(n, CG.cue.asNode(), null, a.cue(), true);
        // cg:contentText holds the content's words: with lean provenance its parts are offsets only
        for (TextRef part : a.contentParts()) textRef(n, CG.content.asNode(), null, part, everySpan);
        add(n, CG.contentText.asNode(), str(a.contentText()));
        textRef(n, CG.addresseeSpan.asNode(), CG.addressee.asNode(), a.addressee(), true);
        if (a.date() != null) statementDate(n, id, a.date(), a.dateHow());
        for (String about : a.about()) add(n, CG.about.asNode(), iri(about));
        for (int i = 0; i < a.quantities().size(); i++) quantity(n, Iris.part(id, "quantity", i), a.quantities().get(i));
        for (int i = 0; i < a.relations().size(); i++) relation(n, Iris.part(id, "relation", i), a.relations().get(i));
    }

    private void factuality(Node assertion, Factuality f) {
        add(assertion, CG.certainty.asNode(), switch (f.certainty()) {
            case CERTAIN -> CG.Certain.asNode();
            case PROBABLE -> CG.Probable.asNode();
            case POSSIBLE -> CG.Possible.asNode();
        });
        add(assertion, CG.polarity.asNode(), f.polarity() == Factuality.Polarity.NEGATIVE ? CG.Negative.asNode() : CG.Positive.asNode());
        add(assertion, CG.reportTime.asNode(), f.time() == Factuality.Time.FUTURE ? CG.Future.asNode() : CG.NonFuture.asNode());
    }

    /** The date as a literal of its precision, and as an OWL-Time instant ({@code id/time}). */
    private void statementDate(Node assertion, String id, String iso, String how) {
        Node date = isoDate(iso);
        add(assertion, CG.statementDate.asNode(), date);
        add(assertion, CG.dateHow.asNode(), str(how));
        Node instant = iri(id + "/time");
        add(assertion, CG.statementTime.asNode(), instant);
        type(instant, Vocab.TIME_INSTANT);
        add(instant, switch (iso.length()) {
            case 4 -> Vocab.TIME_IN_XSD_YEAR;
            case 7 -> Vocab.TIME_IN_XSD_YEAR_MONTH;
            default -> Vocab.TIME_IN_XSD_DATE;
        }, date);
    }

    private void quantity(Node assertion, String iri, Quantity q) {
        Node qn = iri(iri);
        add(assertion, CG.quantity.asNode(), qn);
        type(qn, CG.Quantity.asNode());
        offsets(qn, q.span(), true);
        if (q.value() != null) add(qn, Vocab.SCHEMA_VALUE, decimal(q.value()));
        if (q.min() != null) add(qn, Vocab.SCHEMA_MIN_VALUE, decimal(q.min()));
        if (q.max() != null) add(qn, Vocab.SCHEMA_MAX_VALUE, decimal(q.max()));
        if (q.approx() != null) add(qn, CG.qualifier.asNode(), str(q.approx()));
        add(qn, CG.bound.asNode(), switch (q.bound()) {
            case AT_LEAST -> CG.AtLeast.asNode();
            case AT_MOST -> CG.AtMost.asNode();
            case APPROXIMATELY -> CG.Approximately.asNode();
            case EXACTLY -> CG.Exactly.asNode();
        });
        if (q.counted() != null) add(qn, CG.counted.asNode(), str(q.counted()));
        if (q.countedHead() != null) add(qn, CG.countedHead.asNode(), str(q.countedHead()));
        if (q.date() != null) add(qn, CG.figureDate.asNode(), isoDate(q.date()));
    }

    private void relation(Node assertion, String iri, ClaimedRelation r) {
        Node rn = iri(iri);
        add(assertion, CG.claimsRelation.asNode(), rn);
        type(rn, CG.ClaimedRelation.asNode());
        if (r.subject().entity() != null) add(rn, CG.relationSubject.asNode(), iri(r.subject().entity()));
        add(rn, CG.relationPredicate.asNode(), str(r.predicate()));
        if (r.object().entity() != null) add(rn, CG.relationObject.asNode(), iri(r.object().entity()));
    }

    /** A span node (IRI doc#char=s,e) linked from {@code subject}, with its words if asked, and the actor it names if known. */
    private void textRef(Node subject, Node spanProperty, Node entityProperty, TextRef ref, boolean withText) {
        if (ref == null) return;
        Node span = spanNode(ref.span());
        add(subject, spanProperty, span);
        type(span, CG.Span.asNode());
        offsets(span, ref.span(), withText);
        if (ref.entity() != null) {
            add(span, CG.denotes.asNode(), iri(ref.entity()));
            if (entityProperty != null) add(subject, entityProperty, iri(ref.entity()));
        }
    }

    private void named(Node subject, Node property, String iri, Node type, String name) {
        if (name == null) return;
        Node n = iri(iri);
        add(subject, property, n);
        type(n, type);
        add(n, Vocab.SCHEMA_NAME, str(name));
    }

    private void sentence(Node subject, int index) {
        if (index >= 0 && index < doc.sentences().size()) {
            add(subject, CG.sentence.asNode(), spanNode(doc.sentences().get(index).span()));
        }
    }

    /**
     * A span's offsets, and its words if asked. Its context (nif:referenceContext) is the document, whose
     * named graph holds the span: lean provenance leaves that triple, one in ten of its graph, to the graph name.
     */
    private void offsets(Node n, Span span, boolean withText) {
        add(n, Vocab.NIF_BEGIN, integer(span.start()));
        add(n, Vocab.NIF_END, integer(span.end()));
        if (everySpan) add(n, Vocab.NIF_CONTEXT, graph);
        if (withText) add(n, Vocab.NIF_ANCHOR, str(doc.slice(span)));
    }

    private Node spanNode(Span span) { return iri(Iris.span(doc.id(), span)); }

    private void type(Node s, Node type) { add(s, RDF.type.asNode(), type); }

    private void add(Node s, Node p, Node o) {
        Triple t = Triple.create(s, p, o);
        if (sent.add(t)) out.quad(Quad.create(graph, t));
    }

    private static Node iri(String iri) { return NodeFactory.createURI(iri); }

    private static Node str(String s) { return NodeFactory.createLiteralString(s); }

    private static Node integer(int i) { return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger); }

    private static Node decimal(double v) {
        String lexical = v == Math.rint(v) ? Long.toString((long) v) : java.math.BigDecimal.valueOf(v).toPlainString();
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal);
    }

    /**
     * The name of the file a document was read from, without its directories: the graph is published,
     * and a server's paths are nobody else's business.
     */
    static String fileName(String input) {
        return input.substring(Math.max(input.lastIndexOf('/'), input.lastIndexOf('\\')) + 1);
    }

    /** ISO 639-1 codes by their ISO 639-3 code, from the JDK's list of languages. */
    private static final Map<String, String> TWO_LETTER = Arrays.stream(Locale.getISOLanguages())
            .collect(Collectors.toUnmodifiableMap(l -> Locale.of(l).getISO3Language(), l -> l, (a, b) -> a));

    /**
     * The BCP 47 tag schema:inLanguage expects for the ISO 639-3 code the language detector gives:
     * BCP 47 takes the two-letter code where there is one ("eng" is "en"), else the three-letter one.
     */
    static String languageTag(String iso639) {
        return TWO_LETTER.getOrDefault(iso639, iso639);
    }

    /** ISO date with the precision it has: xsd:gYear, xsd:gYearMonth or xsd:date. */
    static Node isoDate(String iso) {
        return NodeFactory.createLiteralDT(iso, switch (iso.length()) {
            case 4 -> XSDDatatype.XSDgYear;
            case 7 -> XSDDatatype.XSDgYearMonth;
            default -> XSDDatatype.XSDdate;
        });
    }
}
