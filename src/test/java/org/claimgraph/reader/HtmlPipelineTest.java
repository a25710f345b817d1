package org.claimgraph.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.claimgraph.doc.Assertion;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.Entity;
import org.claimgraph.doc.Iris;
import org.claimgraph.pipeline.Pipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An HTML version of a seed gives the same actors and assertions as its text, through the whole pipeline. */
class HtmlPipelineTest {
    private static final Pipeline PIPELINE = Pipeline.standard();
    private static final DocumentReader READER = new DocumentReader();

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void sameActorsAndAssertions(String number) throws Exception {
        String text = Files.readString(Seeds.seed(number));
        Document fromText = PIPELINE.process(READER.read(Input.file(Seeds.seed(number))));
        Document fromHtml = PIPELINE.process(READER.read("seed" + number + ".html",
                HtmlReaderTest.render(text).getBytes(StandardCharsets.UTF_8), true));
        assertFalse(fromText.assertions().isEmpty(), "each seed has attributions");
        assertEquals(actors(fromText), actors(fromHtml));
        assertEquals(assertions(fromText), assertions(fromHtml));
    }

    private static TreeSet<String> actors(Document doc) {
        TreeSet<String> out = new TreeSet<>();
        // An actor of its document only ("robert--<document hash>") is named after that document, which differs by format.
        for (Entity e : doc.entities().values()) out.add(Iris.isDocumentActor(e.id()) ? e.id().substring(0, e.id().indexOf("--")) : e.id());
        return out;
    }

    /** Speaker, cue, quote kind and content (white space folded) of each assertion. */
    private static List<String> assertions(Document doc) {
        Map<String, Entity> entities = doc.entities();
        return doc.assertions().stream().map((Assertion a) -> String.join(" | ",
                a.source() == null || a.source().entity() == null ? "?" : entities.get(a.source().entity()).label(),
                a.cue().text(), a.direct() ? "direct" : "indirect", a.contentText().replaceAll("\\s+", " "), a.zone().label()))
                .toList();
    }
}
