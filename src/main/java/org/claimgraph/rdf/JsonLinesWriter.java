package org.claimgraph.rdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimgraph.doc.Assertion;
import org.claimgraph.doc.ClaimedRelation;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.Entity;
import org.claimgraph.doc.Factuality;
import org.claimgraph.doc.Iris;
import org.claimgraph.doc.Mention;
import org.claimgraph.doc.Quantity;
import org.claimgraph.doc.ReaderComment;
import org.claimgraph.doc.Role;
import org.claimgraph.doc.Span;
import org.claimgraph.doc.TextRef;
import org.claimgraph.doc.Zone;

/**
 * Writes the JSON Lines contract of {@code extract --format jsonl}: one object per document, streamed
 * with Jackson's generator. Field names and meanings are a contract (README): add, never rename.
 */
public final class JsonLinesWriter implements AutoCloseable {
    private final JsonGenerator json;

    public JsonLinesWriter(OutputStream out) {
        try {
            json = new ObjectMapper().getFactory().createGenerator(out, JsonEncoding.UTF8);
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.setRootValueSeparator(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(Document doc) {
        try {
            writeDocument(doc);
            json.writeRaw('\n');
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeDocument(Document doc) throws IOException {
        json.writeStartObject();
        json.writeStringField("input", doc.input());
        json.writeStringField("document", doc.id());
        if (doc.sourceUrl() != null) json.writeStringField("sourceUrl", doc.sourceUrl());
        json.writeStringField("title", doc.title());
        json.writeStringField("published", doc.published());
        json.writeStringField("publishedHow", doc.publishedHow());
        json.writeStringField("author", doc.author());
        json.writeStringField("publisher", doc.publisher());
        json.writeStringField("language", doc.language());

        json.writeArrayFieldStart("zones");
        for (Zone z : doc.zones()) {
            json.writeStartObject();
            span(z.span());
            json.writeStringField("kind", z.kind().label());
            json.writeEndObject();
        }
        json.writeEndArray();

        json.writeArrayFieldStart("comments");
        for (int i = 0; i < doc.comments().size(); i++) {
            ReaderComment c = doc.comments().get(i);
            json.writeStartObject();
            json.writeStringField("id", Iris.part(doc.id(), "comment", i));
            span(c.span());
            json.writeStringField("author", c.author());
            json.writeStringField("date", c.date());
            if (c.repliesTo() >= 0) json.writeStringField("repliesTo", Iris.part(doc.id(), "comment", c.repliesTo()));
            json.writeEndObject();
        }
        json.writeEndArray();

        json.writeArrayFieldStart("mentions");
        for (Mention m : doc.mentions()) {
            json.writeStartObject();
            span(m.span());
            json.writeStringField("text", m.text());
            json.writeStringField("type", m.type().name());
            json.writeStringField("entity", m.entity());
            json.writeEndObject();
        }
        json.writeEndArray();

        json.writeArrayFieldStart("entities");
        for (Entity e : doc.entities().values()) writeEntity(e);
        json.writeEndArray();

        json.writeArrayFieldStart("assertions");
        for (Assertion a : doc.assertions()) writeAssertion(doc, a);
        json.writeEndArray();
        json.writeEndObject();
    }

    private void writeEntity(Entity e) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", e.id());
        json.writeStringField("type", e.type().name());
        json.writeStringField("label", e.label());
        json.writeArrayFieldStart("aliases");
        for (String a : e.aliases()) json.writeString(a);
        json.writeEndArray();
        json.writeArrayFieldStart("roles");
        for (Role r : e.roles()) {
            json.writeStartObject();
            json.writeStringField("title", r.title());
            json.writeStringField("in", r.in());
            if (r.span() != null) span(r.span());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("sameAs");
        for (String s : e.sameAs()) json.writeString(s);
        json.writeEndArray();
        json.writeEndObject();
    }

    private void writeAssertion(Document doc, Assertion a) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", Iris.assertion(doc.id(), a.index()));
        json.writeStringField("zone", a.zone().label());
        json.writeNumberField("sentence", a.sentence());
        ref("source", a.source(), true);
        json.writeStringField("claimant", a.claimant(doc));
        ref("cue", a.cue(), false);
        Span content = a.content();
        json.writeObjectFieldStart("content");
        span(content);
        json.writeStringField("text", doc.slice(content));
        json.writeEndObject();
        json.writeArrayFieldStart("contentParts");
        for (TextRef part : a.contentParts()) {
            json.writeStartObject();
            span(part.span());
            json.writeStringField("text", part.text());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeBooleanField("direct", a.direct());
        json.writeObjectFieldStart("factuality");
        json.writeStringField("certainty", Factuality.label(a.factuality().certainty()));
        json.writeStringField("polarity", Factuality.label(a.factuality().polarity()));
        json.writeStringField("time", Factuality.label(a.factuality().time()));
        json.writeEndObject();
        ref("addressee", a.addressee(), true);
        json.writeStringField("date", a.date());
        json.writeStringField("dateHow", a.dateHow());
        json.writeArrayFieldStart("quantities");
        for (Quantity q : a.quantities()) {
            json.writeStartObject();
            span(q.span());
            json.writeStringField("text", q.text());
            number("value", q.value());
            number("min", q.min());
            number("max", q.max());
            json.writeStringField("approx", q.approx());
            json.writeStringField("bound", q.bound().label());
            json.writeStringField("counted", q.counted());
            json.writeStringField("date", q.date());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("about");
        for (String id : a.about()) json.writeString(id);
        json.writeEndArray();
        json.writeArrayFieldStart("relations");
        for (ClaimedRelation r : a.relations()) {
            json.writeStartObject();
            ref("subject", r.subject(), true);
            json.writeStringField("predicate", r.predicate());
            ref("object", r.object(), true);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void ref(String field, TextRef ref, boolean withEntity) throws IOException {
        if (ref == null) {
            json.writeNullField(field);
            return;
        }
        json.writeObjectFieldStart(field);
        span(ref.span());
        json.writeStringField("text", ref.text());
        if (withEntity) json.writeStringField("entity", ref.entity());
        json.writeEndObject();
    }

    private void span(Span s) throws IOException {
        json.writeNumberField("start", s.start());
        json.writeNumberField("end", s.end());
    }

    private void number(String field, Double v) throws IOException {
        if (v == null) json.writeNullField(field);
        else if (v == Math.rint(v)) json.writeNumberField(field, v.longValue());
        else json.writeNumberField(field, v);
    }

    @Override
    public void close() {
        try {
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
