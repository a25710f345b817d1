package org.claimgraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Which articles a bench run measured: real news (--corpus) runs slower than documents generated from the
 * seeds, so every table of the run is read against this one.
 */
record CorpusInfo(String label, Path dir, int articles, long words) {

    static CorpusInfo of(Path dir, boolean real, List<Path> files) {
        long words = 0;
        for (Path f : files) words += words(f);
        return new CorpusInfo(real ? "real articles (--corpus)" : "generated from the seeds (no --corpus)", dir, files.size(), words);
    }

    /** Whitespace-separated words in the file's bytes read as UTF-8 (markup counts too in HTML and WARC). */
    private static long words(Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? 0 : text.split("\\s+").length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A short name for titles: "840 real articles, 623,969 words". */
    String brief() {
        return String.format(Locale.ROOT, "%,d %s, %,d words", articles, label.startsWith("real") ? "real articles" : "generated documents", words);
    }

    void print(PrintStream out) {
        new Report("Corpus", "what", "value")
                .row("articles", label)
                .row("path", dir.toAbsolutePath().normalize())
                .row("files", articles)
                .row("words", words)
                .print(out);
    }
}
