package org.claimgraph.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.claimgraph.doc.Document;
import org.claimgraph.doc.Iris;
import org.junit.jupiter.api.Test;

/** Byte-order marks, declared and detected charsets, line ends, stdin and --id. */
class EncodingTest {
    private static final DocumentReader READER = new DocumentReader();

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String seedText() throws IOException {
        return Files.readString(Seeds.seed("000"));
    }

    @Test
    void byteOrderMarksAndLineEndsDoNotChangeTheDocument() throws IOException, InputRejected {
        String text = seedText();
        Document plain = READER.read("a.txt", text.getBytes(StandardCharsets.UTF_8), false);
        byte[][] variants = {
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8)),
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)),
                concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)),
                text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8),   // Windows
                text.replace("\n", "\r").getBytes(StandardCharsets.UTF_8),     // old Mac
        };
        for (byte[] bytes : variants) {
            Document doc = READER.read("b.txt", bytes, false);
            assertEquals(plain.text(), doc.text());
            assertEquals(plain.id(), doc.id(), "the same article saved differently is one document");
            assertEquals(plain.zones(), doc.zones());
            assertEquals("2017-11-15", doc.published());
        }
    }

    @Test
    void declaredEncodingWins() throws InputRejected {
        String text = "Prime Minister Müller’s office said the talks in Zürich would resume on Monday after a week of pauses.\n";
        byte[] latin9 = text.replace('’', '\'').getBytes(Charset.forName("ISO-8859-15"));
        DocumentReader reader = new DocumentReader(new ReaderOptions(Charset.forName("ISO-8859-15"), null));
        Document doc = reader.read("x.txt", latin9, false);
        assertEquals(text.replace('’', '\''), doc.text());
        assertTrue(doc.encoding().startsWith("ISO-8859-15 (--encoding)"));
        // a UTF-8 file declared as UTF-8 but broken is refused, not repaired
        byte[] broken = "Zürich \u00e9".getBytes(StandardCharsets.UTF_8);
        broken[broken.length - 1] = 'x';
        InputRejected e = assertThrows(InputRejected.class,
                () -> new DocumentReader(new ReaderOptions(StandardCharsets.UTF_8, null)).read("y.txt", broken, false));
        assertEquals("invalid UTF-8 at byte " + (broken.length - 2), e.getMessage());
    }

    @Test
    void idOptionNamesTheDocument() throws IOException, InputRejected {
        Document doc = new DocumentReader(new ReaderOptions(null, "Bloomberg 2015/10/16"))
                .read("a.txt", seedText().getBytes(StandardCharsets.UTF_8), false);
        assertEquals(Iris.namedDocument("Bloomberg 2015/10/16"), doc.id());
        assertEquals(Iris.document(doc.text()), READER.read("a.txt", seedText().getBytes(StandardCharsets.UTF_8), false).id());
    }

    @Test
    void standardInput() throws IOException, InputRejected {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(seedText().getBytes(StandardCharsets.UTF_8)));
            Document doc = READER.read(Input.stdin());
            assertEquals("-", doc.input());
            assertEquals("Jim Davis", doc.author());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void htmlWithoutExtensionIsSniffed() throws IOException, InputRejected {
        String html = HtmlReaderTest.render(seedText());
        Document doc = READER.read("saved-page", html.getBytes(StandardCharsets.UTF_8), false);
        assertTrue(!doc.text().contains("<p>") && doc.text().startsWith("## Gerasimov"), doc.text());
    }

    @Test
    void shortTextsAreNotJudgedForLanguage() throws InputRejected {
        // too short to tell reliably: accepted rather than wrongly refused
        Document doc = READER.read("short.txt", "Kurz gemeldet: Putin in Astana.\n".getBytes(StandardCharsets.UTF_8), false);
        assertEquals("eng", doc.language());
    }
}
