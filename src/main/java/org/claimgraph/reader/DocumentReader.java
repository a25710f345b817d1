package org.claimgraph.reader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.claimgraph.doc.DatedEvidence;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.Iris;
import org.claimgraph.doc.Zone;
import org.claimgraph.doc.ZoneKind;
import org.claimgraph.reader.DateSource.DateCandidate;

/**
 * The first stage: an {@link Input} becomes a {@link Document} with its text, identity, metadata,
 * language and zones, or an {@link InputRejected} saying in one line why not.
 * <p>
 * <b>The text.</b> For plain text it is the decoded file with its byte-order mark removed and its line
 * ends normalised to "\n" (Windows "\r\n" and old Mac "\r" alike). For HTML it is the readable text
 * {@link HtmlExtractor} extracts. Either way every offset refers to this text, which is what the graph
 * keeps; normalising line ends means the same article saved on Windows and on Unix is one document
 * (its IRI is a hash of the text) and every later stage may split lines on "\n" alone.
 * <p>
 * <b>Publication date.</b> Every date the page gives for itself is recorded in
 * {@link Document#dateEvidence()} with how it was found; the best by {@link DateSource} order is the
 * publication date, and its "how" names the others it was preferred to. Dates inside sentences, in reader
 * comments or in embedded posts date other things and are never taken. No date found: none is set.
 * <p>
 * A batch, as the CLI runs it:
 * <pre>{@code
 * DocumentReader reader = new DocumentReader(new ReaderOptions(encoding, id));
 * for (Iterator<Input> it = new InputWalker(arguments); it.hasNext(); ) {
 *     try {
 *         Document doc = reader.read(it.next());
 *         ... the later stages, then the store ...
 *     } catch (InputRejected e) {
 *         err.println(e.line());     // "path: reason"; e.getCause() for --verbose
 *     }
 * }
 * }</pre>
 * Thread-safe: one reader may serve several threads.
 */
public final class DocumentReader {
    /**
     * Largest input read. A news article is rarely over 1 MB even as a saved page with inline styles;
     * 20 MB leaves room for pages with inlined pictures, while a larger file is a dump or a log, and
     * every stage holds the text (and more) in memory.
     */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /**
     * Longest line (paragraph) accepted, in characters. Real paragraphs run to a few thousand
     * characters; a line of 100,000 is a data dump or minified code, and the language stage works line
     * by line, so one giant line would cost time out of all proportion.
     */
    public static final int MAX_LINE_CHARS = 100_000;

    private static final long MB = 1024 * 1024;
    static final String WARC_DATE = "WARC-Date (captured by a web archive)";

    private final ReaderOptions options;
    private final LanguageCheck language = new LanguageCheck();
    private final HtmlExtractor html = new HtmlExtractor();
    private final PageZoner zoner = new PageZoner();

    public DocumentReader() { this(ReaderOptions.DEFAULTS); }

    public DocumentReader(ReaderOptions options) { this.options = options; }

    /** Reads one input; stdin ("-") is read from {@link System#in}. */
    public Document read(Input input) throws InputRejected {
        if (input.rejected() != null) throw new InputRejected(input.given(), input.rejected());
        if (input.isStdin()) return read(input.given(), readLimited(input.given(), System.in), false);
        if (input.isArchived()) {
            try {
                return read(WarcArchive.page(input.path().toString(), input.path(), input.recordOffset()));
            } catch (IOException | RuntimeException e) {
                throw new InputRejected(input.given(), "unreadable WARC record (" + e.getMessage() + ")", e);
            }
        }
        Path path = input.path();
        String name = input.given();
        if (!Files.exists(path)) throw new InputRejected(name, Files.isSymbolicLink(path) ? "no such file (dangling symbolic link)" : "no such file");
        if (Files.isDirectory(path)) throw new InputRejected(name, "is a directory");
        if (!Files.isRegularFile(path)) throw new InputRejected(name, "not a regular file (a pipe, socket or device)");
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) throw new InputRejected(name, tooLarge(size));
            if (size == 0) throw new InputRejected(name, "empty file");
            try (InputStream in = Files.newInputStream(path)) {
                bytes = readLimited(name, in);
            }
        } catch (IOException e) {
            throw new InputRejected(name, InputWalker.reason(e), e);
        }
        return read(name, bytes, isHtmlName(path.getFileName().toString()));
    }

    /**
     * Reads a page of a WARC archive: the URI it was fetched from is the document's source URL, and the
     * capture date a date of evidence (the page existed then); it is never taken as the publication date.
     */
    public Document read(WarcArchive.Page page) throws InputRejected {
        if (page.rejected() != null) throw new InputRejected(page.given(), page.rejected());
        Document doc = read(page.given(), page.body(), page.html());
        doc.setSourceUrl(page.targetUri());
        doc.dateEvidence().add(new DatedEvidence(page.day(), WARC_DATE, null));
        return doc;
    }

    /** Reads bytes named {@code name}; {@code htmlByName} when the name says HTML (else it is sniffed). */
    public Document read(String name, byte[] bytes, boolean htmlByName) throws InputRejected {
        if (bytes.length == 0) throw new InputRejected(name, "empty file");
        if (bytes.length > MAX_BYTES) throw new InputRejected(name, tooLarge(bytes.length));
        TextDecoder.Decoded decoded = TextDecoder.decode(name, bytes, htmlByName, options.encoding());
        String raw = decoded.text();
        if (!raw.isEmpty() && raw.charAt(0) == '\uFEFF') raw = raw.substring(1);   // a BOM under a declared charset

        List<DateCandidate> dates = new ArrayList<>();
        PageZoner.Hints hints = PageZoner.Hints.NONE;
        HtmlExtractor.Extracted page = null;
        String text;
        if (htmlByName || TextDecoder.looksLikeHtml(raw)) {
            page = html.extract(raw);
            text = page.text();
            hints = new PageZoner.Hints(page.commentRegions(), page.commentItems(), page.boilerplateRegions(), page.h1());
            dates.addAll(page.dates());
            if (text.isBlank()) throw new InputRejected(name, "no readable text in the HTML page");
        } else {
            text = normaliseLineEnds(raw);
        }
        int longest = longestLine(text);
        if (longest > MAX_LINE_CHARS) throw new InputRejected(name, "line of " + longest + " characters (limit " + MAX_LINE_CHARS + ")");

        Document doc = new Document(name, text);
        doc.setEncoding(decoded.charset().name() + " (" + decoded.how() + ")");
        PageZoner.Result found = zoner.zone(text, hints, doc.zones(), doc.comments(), dates);

        String foreign = language.foreignLanguage(articleText(doc));
        if (foreign != null) throw new InputRejected(name, "not English (detected: " + foreign + ")");
        doc.setLanguage(LanguageCheck.ENGLISH);

        doc.setId(options.id() != null ? Iris.namedDocument(options.id()) : Iris.document(text));
        doc.setTitle(firstNonNull(found.title(), page == null ? null : page.title()));
        doc.setAuthor(page != null && page.author() != null ? page.author() : found.author());
        doc.setPublisher(page != null && page.publisher() != null ? page.publisher() : found.publisher());
        choosePublished(doc, dates);
        return doc;
    }

    private static void choosePublished(Document doc, List<DateCandidate> dates) {
        for (DateCandidate c : dates) doc.dateEvidence().add(new DatedEvidence(c.iso(), c.how(), c.span()));
        DateCandidate best = dates.stream().min(Comparator.comparing(DateCandidate::source)).orElse(null);
        if (best == null) return;
        StringBuilder how = new StringBuilder(best.how());
        List<String> others = dates.stream().filter(c -> c != best && !c.iso().equals(best.iso()))
                .map(c -> c.iso() + " by " + c.how()).distinct().toList();
        if (!others.isEmpty()) how.append("; preferred to ").append(String.join(", ", others));
        doc.setPublished(best.iso(), how.toString());
    }

    /** The text that says what language the article is in: its body, or all of it when no body was found. */
    private static CharSequence articleText(Document doc) {
        StringBuilder sb = new StringBuilder();
        for (Zone z : doc.zones()) {
            if (z.kind() == ZoneKind.BODY || z.kind() == ZoneKind.TITLE) sb.append(doc.slice(z.span())).append('\n');
            if (sb.length() > LanguageCheck.MAX_CHARS) break;
        }
        return sb.isEmpty() ? doc.text() : sb;
    }

    static String normaliseLineEnds(String s) {
        if (s.indexOf('\r') < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < n && s.charAt(i + 1) == '\n') i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int longestLine(String text) {
        int longest = 0;
        int from = 0;
        while (from <= text.length()) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? text.length() : nl;
            longest = Math.max(longest, end - from);
            if (nl < 0) break;
            from = nl + 1;
        }
        return longest;
    }

    private static byte[] readLimited(String name, InputStream in) throws InputRejected {
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) throw new InputRejected(name, "input too large (over the " + MAX_BYTES / MB + " MB limit)");
            return bytes;
        } catch (IOException e) {
            throw new InputRejected(name, InputWalker.reason(e), e);
        }
    }

    private static String tooLarge(long size) {
        long rounded = Math.round((double) size / MB);
        String mb = rounded > MAX_BYTES / MB ? Long.toString(rounded) : String.format(Locale.ROOT, "%.1f", (double) size / MB);
        return "file too large (" + mb + " MB > " + MAX_BYTES / MB + " MB limit)";
    }

    public static boolean isHtmlName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml");
    }

    private static String firstNonNull(String a, String b) { return a != null ? a : b; }
}
