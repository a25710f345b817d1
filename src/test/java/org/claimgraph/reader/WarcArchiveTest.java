package org.claimgraph.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.claimgraph.TestData;
import org.claimgraph.doc.DatedEvidence;
import org.claimgraph.doc.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages of a WARC archive (plain and gzipped) become documents, each found again by its record's offset. */
class WarcArchiveTest {
    @TempDir
    Path tmp;

    @Test
    void eachHtmlResponseIsADocumentWithItsUrlAndCaptureDate() throws Exception {
        List<Path> seeds = WarcFixture.seeds(TestData.seeds());
        for (String name : List.of("news.warc.gz", "news.warc")) {
            Path archive = WarcFixture.write(tmp.resolve(name), seeds);
            InputWalker.Expansion expansion = InputWalker.expand(List.of(archive.toString()));
            assertEquals(seeds.size(), expansion.inputs().size(), name + ": one input per page");
            assertEquals(2, expansion.ignored(), name + ": the picture and the 404 are not pages");
            DocumentReader reader = new DocumentReader();
            for (int i = 0; i < seeds.size(); i++) {
                Input input = expansion.inputs().get(i);
                assertTrue(input.given().startsWith(archive + "#"), input.given());
                Document doc = reader.read(input);
                assertEquals(WarcFixture.target(i), doc.sourceUrl());
                DatedEvidence captured = doc.dateEvidence().getLast();
                assertEquals(WarcFixture.FIRST_CAPTURE.plusSeconds(86_400L * i).toString().substring(0, 10), captured.iso());
                assertNull(captured.span());
                // The same page read as a saved file: the same text, so the same document IRI.
                byte[] html = WarcFixture.page(Files.readString(seeds.get(i))).getBytes(StandardCharsets.UTF_8);
                Document saved = reader.read("page.html", html, true);
                assertEquals(saved.text(), doc.text());
                assertEquals(saved.id(), doc.id());
                assertEquals(input.given(), doc.input());
            }
        }
    }

    @Test
    void aDamagedArchiveIsRefusedWithItsReason() throws Exception {
        Path archive = WarcFixture.write(tmp.resolve("cut.warc.gz"), WarcFixture.seeds(TestData.seeds()));
        byte[] bytes = Files.readAllBytes(archive);
        Path cut = Files.write(tmp.resolve("cut2.warc.gz"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        InputWalker.Expansion expansion = InputWalker.expand(List.of(cut.toString()));
        assertTrue(expansion.inputs().size() >= 1, "the pages before the damage are read");
        assertEquals(1, expansion.rejected().size());
        assertTrue(expansion.rejected().get(0).reason().startsWith("unreadable WARC archive"), expansion.rejected().toString());
    }
}
