package org.claimgraph.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputWalkerTest {
    @TempDir
    Path dir;

    private Path file(String relative, byte[] content) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.write(p, content);
    }

    private Path file(String relative) throws IOException {
        return file(relative, "Some article text.\n".getBytes());
    }

    @Test
    void walksRecursivelyInNameOrderSkippingHiddenAndNonText() throws IOException {
        file("b/2.txt");
        file("b/1.html");
        file("a.txt");
        file("c/notes");                                          // no extension, text: read
        file("c/blob", new byte[] {1, 0, 0, 0, 7});              // no extension, binary: ignored
        file("c/photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x10}); // ignored
        file("c/story.md");                                       // other extension, text: read
        file(".hidden.txt");
        file(".git/config.txt");
        file("page.html");
        file("page_files/app.js");                               // a saved page's assets: skipped
        InputWalker walker = new InputWalker(List.of(dir.toString(), "-"));
        List<String> names = walker.stream().map(i -> i.isStdin() ? "-" : dir.relativize(i.path()).toString()).toList();
        assertEquals(List.of("a.txt", "b/1.html", "b/2.txt", "c/notes", "c/story.md", "page.html", "-"), names);
        assertEquals(2, walker.ignored());
    }

    @Test
    void namedFilesAreAlwaysInputs() throws IOException {
        Path pdf = file("report.pdf", "%PDF-1.4".getBytes());
        Input in = InputWalker.inputs(List.of(pdf.toString())).findFirst().orElseThrow();
        assertNull(in.rejected(), "the reader, not the walker, refuses a named binary file");
        InputRejected e = assertThrows(InputRejected.class, () -> new DocumentReader().read(in));
        assertEquals("binary file (PDF)", e.getMessage());
    }
}
