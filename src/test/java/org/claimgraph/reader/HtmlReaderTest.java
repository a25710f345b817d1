package org.claimgraph.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.claimgraph.doc.DatedEvidence;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.ReaderComment;
import org.claimgraph.doc.Zone;
import org.claimgraph.doc.ZoneKind;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlReaderTest {
    private static final DocumentReader READER = new DocumentReader();

    /** A plain HTML rendering of a text: one paragraph per blank-line-separated block, lines joined by br. */
    static String render(String text) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>page</title></head><body>\n");
        for (String paragraph : text.split("\\n\\s*\\n")) {
            if (paragraph.isBlank()) continue;
            html.append("<p>");
            String[] lines = paragraph.strip().split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) html.append("<br>\n");
                html.append(Entities.escape(lines[i]));
            }
            html.append("</p>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    /** The body's paragraphs with each line trimmed: what must survive any rendering. */
    static List<String> bodyParagraphs(Document doc) {
        List<String> out = new ArrayList<>();
        for (Zone z : doc.zones()) {
            if (z.kind() != ZoneKind.BODY) continue;
            for (String p : doc.slice(z.span()).split("\\n\\s*\\n")) {
                out.add(String.join("\n", p.strip().lines().map(String::strip).toList()));
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void htmlRenderingOfASeedGivesTheSameDocument(String number) throws IOException, InputRejected {
        String text = Files.readString(Seeds.seed(number));
        Document fromText = READER.read(Input.file(Seeds.seed(number)));
        Document fromHtml = READER.read("seed" + number + ".html", render(text).getBytes(StandardCharsets.UTF_8), true);
        assertEquals(bodyParagraphs(fromText), bodyParagraphs(fromHtml));
        assertEquals(fromText.title(), fromHtml.title());
        assertEquals(fromText.author(), fromHtml.author());
        assertEquals(fromText.published(), fromHtml.published());
        assertEquals(fromText.comments().stream().map(ReaderComment::author).toList(),
                fromHtml.comments().stream().map(ReaderComment::author).toList());
        List<String> textComments = fromText.comments().stream().map(c -> fromText.slice(c.span()).replaceAll("\\s+", " ")).toList();
        List<String> htmlComments = fromHtml.comments().stream().map(c -> fromHtml.slice(c.span()).replaceAll("\\s+", " ")).toList();
        assertEquals(textComments, htmlComments);
    }

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head>
            <meta charset="utf-8">
            <title>Council expands bus network | The Daily Ledger</title>
            <meta property="og:site_name" content="The Daily Ledger">
            <meta property="article:published_time" content="2019-03-05T08:30:00+01:00">
            <meta name="author" content="Maria Lopez">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
              "headline":"Council expands bus network","datePublished":"2019-03-04T22:00:00Z",
              "author":[{"@type":"Person","name":"Maria Lopez"}],"publisher":{"@type":"Organization","name":"Daily Ledger Ltd"}}]}</script>
            <style>p { color: red }</style>
            </head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article>
              <h1>Council expands   bus network</h1>
              <div class="byline">By Maria Lopez</div>
              <p>The city council voted on Tuesday to expand the bus network, the mayor said after the meeting.
                 Officials expect the new routes to carry about 12,000 passengers a day.</p>
              <p>“This is the biggest change in a decade,” transport chief Ann Lee told reporters.<br>She said work starts in May.</p>
              <div class="share-buttons"><span>Share on Facebook</span> <span>Tweet this story</span></div>
              <script>var tracking = "should never be read";</script>
            </article>
            <section id="comments">
              <h3>2 Comments</h3>
              <ol>
                <li class="comment"><p>Tom Reed says:</p><p><time datetime="2020-01-01">January 1, 2020</time></p>
                  <p>About time the buses got better in this part of town.</p></li>
                <li class="comment"><p>Sue Park says:</p><p>Who pays for all of this, I wonder?</p></li>
              </ol>
            </section>
            <footer>© 2019 The Daily Ledger. All rights reserved.</footer>
            </body></html>
            """;

    @Test
    void pageMetadataTextAndZones() throws InputRejected {
        Document doc = READER.read("page.html", PAGE.getBytes(StandardCharsets.UTF_8), true);
        String text = doc.text();
        assertFalse(text.contains("Home") || text.contains("tracking") || text.contains("color: red") || text.contains("All rights"),
                "navigation, scripts, styles and footers are dropped: " + text);
        assertTrue(text.startsWith("Council expands bus network\n\nBy Maria Lopez\n\nThe city council voted"), text);
        assertTrue(text.contains("told reporters.\nShe said work starts in May."), "br is a line break");
        assertEquals("Council expands bus network", doc.title());
        assertEquals("Maria Lopez", doc.author());
        assertEquals("The Daily Ledger", doc.publisher());
        assertEquals("2019-03-04", doc.published(), "JSON-LD datePublished is preferred to the meta tag");
        assertTrue(doc.publishedHow().startsWith("JSON-LD datePublished; preferred to 2019-03-05 by HTML meta (article:published_time)"),
                doc.publishedHow());
        List<String> how = doc.dateEvidence().stream().map(DatedEvidence::how).toList();
        assertEquals(List.of("HTML meta (article:published_time)", "JSON-LD datePublished"), how, "conflicting dates are all recorded");
        assertFalse(doc.dateEvidence().stream().anyMatch(e -> e.iso().startsWith("2020")), "a comment's date does not date the article");

        assertEquals(2, doc.comments().size());
        assertEquals("Tom Reed", doc.comments().get(0).author());
        assertEquals("2020-01-01", doc.comments().get(0).date());
        assertEquals("About time the buses got better in this part of town.", doc.slice(doc.comments().get(0).span()));
        assertEquals("Sue Park", doc.comments().get(1).author());
        int share = text.indexOf("Share on Facebook");
        assertEquals(ZoneKind.BOILERPLATE, doc.zoneAt(share), "share bars are boilerplate");
        assertEquals(ZoneKind.BOILERPLATE, doc.zoneAt(text.indexOf("2 Comments")));
        assertEquals(ZoneKind.TITLE, doc.zoneAt(0));
        assertEquals(ZoneKind.BYLINE, doc.zoneAt(text.indexOf("By Maria")));
        assertEquals(ZoneKind.BODY, doc.zoneAt(text.indexOf("The city council")));
    }

    @Test
    void markedUpCommentsWithNestedReplies() throws InputRejected {
        String html = """
                <html><body><article><h1>Council expands bus network</h1>
                <p>The city council voted on Tuesday to expand the bus network, the mayor said after the meeting.
                Officials expect the new routes to carry about 12,000 passengers a day by the end of next year.</p></article>
                <div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on this story</h2>
                <ol class="comment-list">
                  <li id="comment-11" class="comment even depth-1">
                    <div class="comment-meta"><div class="comment-author vcard"><img alt=""> <cite class="fn">Tom Reed</cite> <span class="says">says:</span></div>
                      <a class="comment-date" href="#c11"><time datetime="2019-03-05T17:14:00+00:00">March 5, 2019 at 5:14 pm</time></a></div>
                    <div class="comment-content"><p>About time the buses got better.</p><p>Well done.</p></div>
                    <a class="comment-reply-link" href="#">Reply</a>
                    <ol class="children">
                      <li id="comment-12" class="comment odd depth-2">
                        <div class="comment-meta"><cite class="fn">Sue Park</cite>
                          <time datetime="2019-03-06T09:02:00+00:00">March 6, 2019</time></div>
                        <div class="comment-content"><p>Who pays for all of this?</p></div>
                      </li>
                    </ol>
                  </li>
                  <li id="comment-13" class="comment even depth-1">
                    <div class="comment-meta"><span class="comment-author">Ann Lee</span></div>
                    <div class="comment-content"><p>Finally.</p></div>
                  </li>
                </ol></div></body></html>
                """;
        Document doc = READER.read("wp.html", html.getBytes(StandardCharsets.UTF_8), true);
        assertEquals(3, doc.comments().size());
        assertEquals(List.of("Tom Reed", "Sue Park", "Ann Lee"), doc.comments().stream().map(ReaderComment::author).toList());
        ReaderComment tom = doc.comments().get(0);
        assertEquals("2019-03-05T17:14", tom.date());
        assertEquals("About time the buses got better.\n\nWell done.", doc.slice(tom.span()), "a comment's text excludes its replies");
        assertEquals(0, doc.comments().get(1).repliesTo());
        assertEquals("Who pays for all of this?", doc.slice(doc.comments().get(1).span()));
        assertEquals(-1, doc.comments().get(2).repliesTo());
        assertNull(doc.comments().get(2).date());
        assertFalse(doc.text().contains("Reply"), "reply buttons are controls, not text");
        assertEquals(ZoneKind.BOILERPLATE, doc.zoneAt(doc.text().indexOf("3 thoughts")));
        assertEquals(3, doc.zones().stream().filter(z -> z.kind() == ZoneKind.COMMENT).count());
    }

    @Test
    void commentRegionWithoutHeadersIsOneComment() throws InputRejected {
        String html = "<html><body><h1>Council expands bus network</h1><p>The city council voted on Tuesday to expand the bus network, "
                + "the mayor said after the meeting. Officials expect the new routes to carry about 12,000 passengers a day.</p>"
                + "<div class=\"comment-list\"><p>Great news for the east side.</p><p>Finally!</p></div></body></html>";
        Document doc = READER.read("page.htm", html.getBytes(StandardCharsets.UTF_8), true);
        assertEquals(1, doc.comments().size());
        assertNull(doc.comments().get(0).author());
        assertEquals("Great news for the east side.\n\nFinally!", doc.slice(doc.comments().get(0).span()));
        assertFalse(bodyParagraphs(doc).stream().anyMatch(p -> p.contains("east side")));
    }

    @Test
    void metaCharsetIsHonoured() throws IOException, InputRejected {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body>"
                + "<p>The café owner said the new routes would help: “a good day”.</p></body></html>";
        byte[] latin1 = html.replace('“', '"').replace('”', '"').getBytes(StandardCharsets.ISO_8859_1);
        Document doc = READER.read("legacy", latin1, false);
        assertTrue(doc.text().contains("The café owner"), doc.text());
        assertTrue(doc.encoding().startsWith("ISO-8859-1 (HTML meta charset)"), doc.encoding());
    }

    @Test
    void aMetaCharsetTheBytesContradictIsNotBelieved() throws IOException, InputRejected {
        String body = "<p>The café owner said the new routes would help: “a good day”, and the mayor agreed on Monday.</p>";
        for (String lie : List.of("UTF-16", "utf-16le", "UTF-32", "ISO-8859-1", "windows-1252")) {
            String html = "<html><head><meta charset=\"" + lie + "\"><title>Routes</title></head><body>" + body + "</body></html>";
            Document doc = READER.read("lying.html", html.getBytes(StandardCharsets.UTF_8), true);
            assertTrue(doc.text().contains("The café owner said the new routes would help: “a good day”"), lie + ": " + doc.text());
            assertTrue(doc.encoding().startsWith("UTF-8"), lie + ": " + doc.encoding());
        }
    }
}
