package org.claimgraph.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.claimgraph.doc.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 5, item 5: every kind of bad input is refused with a one-line reason, and nothing is thrown past it. */
class BadInputTest {
    private static final DocumentReader READER = new DocumentReader();
    private static final String ENGLISH = """
            The city council voted on Tuesday to expand the bus network, the mayor said after the meeting.
            Officials expect the new routes to carry about 12,000 passengers a day by the end of next year.
            """;

    @TempDir
    Path dir;

    private String rejection(Path file) {
        InputRejected e = assertThrows(InputRejected.class, () -> READER.read(Input.file(file)));
        assertEquals(file.toString(), e.input());
        assertTrue(e.line().startsWith(file + ": "), e.line());
        assertTrue(e.getMessage().indexOf('\n') < 0, "one line: " + e.getMessage());
        return e.getMessage();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void emptyFile() throws IOException {
        assertEquals("empty file", rejection(write("empty.txt", new byte[0])));
        assertEquals("empty file", rejection(write("blank.txt", " \n\t\r\n".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void pdf() throws IOException {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("binary file (PDF)", rejection(write("report.pdf", pdf)));
        assertEquals("binary file (PDF)", rejection(write("report-saved-as.txt", pdf)), "the content decides, not the name");
    }

    @Test
    void image() throws IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", png);
        assertEquals("binary file (PNG image)", rejection(write("photo.png", png.toByteArray())));
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "jpeg", jpeg);
        assertEquals("binary file (JPEG image)", rejection(write("photo", jpeg.toByteArray())));
    }

    @Test
    void zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("article.txt"));
            zip.write(ENGLISH.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertEquals("binary file (zip archive)", rejection(write("articles.zip", bytes.toByteArray())));
    }

    @Test
    void nulBytes() throws IOException {
        byte[] b = (ENGLISH + "\0\0\0").getBytes(StandardCharsets.UTF_8);
        assertEquals("binary file (contains NUL bytes)", rejection(write("odd.txt", b)));
    }

    @Test
    void invalidUtf8() throws IOException {
        // valid UTF-8 (é, an en dash) and then a broken sequence: a damaged UTF-8 file, not a legacy one
        byte[] good = (ENGLISH + "Café – ").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 3];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xC3;      // lead byte of a two-byte sequence...
        bytes[good.length + 1] = (byte) 0x28;  // ...followed by '(' instead of a continuation byte
        bytes[good.length + 2] = 'x';
        assertEquals("invalid UTF-8 at byte " + good.length, rejection(write("broken.txt", bytes)));
    }

    @Test
    void legacyWindows1252IsReadAndRecorded() throws IOException, InputRejected {
        String text = ENGLISH + "The café’s owner said the “new routes” would help.\n";
        Path file = write("legacy.txt", text.getBytes("windows-1252"));
        Document doc = READER.read(Input.file(file));
        assertEquals(text, doc.text());
        assertTrue(doc.encoding().startsWith("windows-1252"), doc.encoding());
    }

    @Test
    void fileOf50Megabytes() throws IOException {
        Path big = dir.resolve("dump.txt");
        String line = ENGLISH.replace('\n', ' ') + "\n";
        long target = 50L * 1024 * 1024;
        try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            for (long written = 0; written < target; written += line.length()) w.write(line);
        }
        assertTrue(Files.size(big) >= target);
        assertEquals("file too large (50 MB > 20 MB limit)", rejection(big));
    }

    @Test
    void lineOfOneMegabyte() throws IOException {
        StringBuilder sb = new StringBuilder(1 << 20);
        String words = ENGLISH.replace('\n', ' ');
        while (sb.length() < (1 << 20)) sb.append(words);
        sb.setLength(1 << 20);
        Path file = write("oneline.txt", ("Headline\n\n" + sb + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals("line of 1048576 characters (limit " + DocumentReader.MAX_LINE_CHARS + ")", rejection(file));
    }

    @Test
    void missingPath() throws InputRejected {
        Path missing = dir.resolve("no/such/article.txt");
        assertEquals("no such file", rejection(missing));
        List<Input> inputs = InputWalker.inputs(List.of(missing.toString())).toList();
        assertEquals(1, inputs.size());
        assertEquals("no such file", inputs.get(0).rejected());
    }

    @Test
    void directoryWithUnreadableFiles() throws IOException, InterruptedException {
        Path folder = Files.createDirectory(dir.resolve("batch"));
        Files.writeString(folder.resolve("a-good.txt"), ENGLISH);
        Files.createSymbolicLink(folder.resolve("b-dangling.txt"), folder.resolve("deleted.txt"));
        Files.writeString(folder.resolve("c-good.txt"), ENGLISH);
        boolean fifo = new ProcessBuilder("mkfifo", folder.resolve("d-pipe.txt").toString()).start().waitFor() == 0;

        List<Input> inputs = InputWalker.inputs(List.of(folder.toString())).toList();
        List<String> names = inputs.stream().map(i -> Path.of(i.given()).getFileName().toString()).toList();
        List<String> expected = fifo ? List.of("a-good.txt", "b-dangling.txt", "c-good.txt", "d-pipe.txt")
                : List.of("a-good.txt", "b-dangling.txt", "c-good.txt");
        assertEquals(expected, names, "every entry is reported, in name order");
        assertEquals("no such file (dangling symbolic link)", inputs.get(1).rejected());
        if (fifo) assertEquals("not a regular file (a pipe, socket or device)", inputs.get(3).rejected());

        int read = 0;
        for (Input in : inputs) {
            try {
                assertNotNull(READER.read(in).text());
                read++;
            } catch (InputRejected e) {
                assertEquals(in.rejected(), e.getMessage(), "the walker's reason reaches the user");
            }
        }
        assertEquals(2, read, "the batch carries on past each refusal");
    }

    @Test
    void fileWithoutReadPermission() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Path locked = Files.writeString(folder.resolve("secret.txt"), ENGLISH);
        assertTrue(locked.toFile().setReadable(false, false));
        Assumptions.assumeFalse(Files.isReadable(locked), "running as root: file modes do not stop reading");
        assertEquals("permission denied", InputWalker.inputs(List.of(folder.toString())).toList().get(0).rejected());
        assertEquals("permission denied", rejection(locked));
    }

    @Test
    void nonEnglishArticle() throws IOException {
        String german = """
                Der Stadtrat hat am Dienstag beschlossen, das Busnetz deutlich zu erweitern, sagte die Bürgermeisterin
                nach der Sitzung. Nach Angaben der Verwaltung sollen die neuen Linien bis Ende des kommenden Jahres
                täglich rund zwölftausend Fahrgäste befördern. Die Opposition kritisierte die hohen Kosten des Vorhabens.
                """;
        assertEquals("not English (detected: deu)", rejection(write("artikel.txt", ("Neue Buslinien\n\n" + german).getBytes(StandardCharsets.UTF_8))));
        String french = """
                Le conseil municipal a voté mardi l'extension du réseau de bus, a déclaré la maire à l'issue de la séance.
                Selon l'administration, les nouvelles lignes devraient transporter environ douze mille voyageurs par jour
                d'ici la fin de l'année prochaine. L'opposition a critiqué le coût élevé du projet.
                """;
        assertEquals("not English (detected: fra)", rejection(write("article-fr.txt", french.getBytes(StandardCharsets.UTF_8))));
    }
}
