package org.claimgraph.actors.names;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Name-annotated text in the two column layouts public corpora use, read into documents whose text is
 * rebuilt from the tokens (joined by spaces, one sentence per line) so the pipeline can run on it:
 * <ul>
 * <li>CoNLL-2003: "word POS chunk tag" (the tag in the last column, IOB1 or IOB2), blank lines between
 * sentences, "-DOCSTART-" lines between documents;</li>
 * <li>Universal NER (CoNLL-U-like): "index word tag ..." lines, "#" comment lines, "# newdoc" between
 * documents. A file whose first line is a comment is read in this layout.</li>
 * </ul>
 * Names keep the corpus's own labels (PER, ORG, LOC, MISC, OTH...); readers decide what each means.
 */
public final class GoldCorpus {
    private GoldCorpus() {}

    /** A name over tokens [from, to) of a document, with the corpus's label. */
    public record Name(int from, int to, String label) {}

    /** One document: its rebuilt text, each token's character offsets, and the names. */
    public static final class GoldDocument {
        private final StringBuilder builder = new StringBuilder();
        private final List<int[]> offsets = new ArrayList<>();
        private final List<Name> names = new ArrayList<>();
        private String text;

        public String text() { return text; }
        public List<Name> names() { return names; }
        public int tokenCount() { return offsets.size(); }
        public int tokenStart(int token) { return offsets.get(token)[0]; }
        public int tokenEnd(int token) { return offsets.get(token)[1]; }

        /** The text tokens [from, to) cover. */
        public String covered(int from, int to) { return text.substring(tokenStart(from), tokenEnd(to - 1)); }

        /** Index of the token covering a character offset, -1 between tokens. */
        public int tokenAt(int offset) {
            int lo = 0;
            int hi = offsets.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int[] t = offsets.get(mid);
                if (offset < t[0]) hi = mid - 1;
                else if (offset >= t[1]) lo = mid + 1;
                else return mid;
            }
            return -1;
        }

        boolean isEmpty() { return offsets.isEmpty(); }

        void addToken(String word, boolean sentenceStart) {
            if (!offsets.isEmpty()) builder.append(sentenceStart ? '\n' : ' ');
            int start = builder.length();
            builder.append(word);
            offsets.add(new int[] {start, builder.length()});
        }
    }

    public static List<GoldDocument> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read annotated file " + file, e);
        }
        return new Reader(lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("").startsWith("#")).read(lines);
    }

    /** Reads one file, keeping the name being built across lines. */
    private static final class Reader {
        private final boolean universal;
        private final List<GoldDocument> docs = new ArrayList<>();
        private GoldDocument doc = new GoldDocument();
        private boolean sentenceOpen;
        private int openStart = -1;
        private String openLabel;

        Reader(boolean universal) { this.universal = universal; }

        List<GoldDocument> read(List<String> lines) {
            for (String raw : lines) {
                String line = raw.strip();
                boolean newDoc = universal ? line.startsWith("# newdoc") : line.startsWith("-DOCSTART-");
                if (line.isEmpty() || newDoc || universal && line.startsWith("#")) {
                    if (!line.startsWith("#") || newDoc) endSentence();
                    if (newDoc) endDocument();
                    continue;
                }
                String[] cols = line.split("\\s+");
                if (universal && cols.length < 3) throw new IllegalArgumentException("not an 'index word tag' line: " + line);
                token(universal ? cols[1] : cols[0], universal ? cols[2] : cols.length > 1 ? cols[cols.length - 1] : "O");
            }
            endSentence();
            endDocument();
            for (GoldDocument d : docs) d.text = d.builder.toString();
            return docs;
        }

        private void token(String word, String tag) {
            String label = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : null;
            boolean begins = label != null && (tag.startsWith("B-") || !label.equals(openLabel));
            if (openLabel != null && (label == null || begins)) closeName();
            if (begins) {
                openStart = doc.tokenCount();
                openLabel = label;
            }
            doc.addToken(word, !sentenceOpen);
            sentenceOpen = true;
        }

        private void closeName() {
            doc.names.add(new Name(openStart, doc.tokenCount(), openLabel));
            openLabel = null;
        }

        private void endSentence() {
            if (openLabel != null) closeName();
            sentenceOpen = false;
        }

        private void endDocument() {
            if (!doc.isEmpty()) docs.add(doc);
            doc = new GoldDocument();
        }
    }
}
