package org.claimgraph.reader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC archives (ISO 28500; plain or gzipped record by record, as web and news crawls such as CC-NEWS
 * store them), read with jwarc. Each response record whose payload is an HTML or plain-text page is one
 * document, named "archive#offset" after the byte offset of its record, so a record is found again by
 * seeking there. Requests, metadata, redirects and pictures are not documents and are passed over.
 */
public final class WarcArchive {
    private WarcArchive() {}

    /** One page of an archive: its record's offset, the URI it was fetched from, when, and the payload. */
    public record Page(String given, long offset, String targetUri, Instant date, boolean html, byte[] body, String rejected) {
        /** The capture day (UTC), the precision a date of evidence keeps. */
        public String day() { return date.atOffset(ZoneOffset.UTC).toLocalDate().toString(); }
    }

    /** True for names that say WARC: {@code .warc}, {@code .warc.gz}. */
    public static boolean isArchiveName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".warc") || lower.endsWith(".warc.gz");
    }

    /** The name a record of archive {@code archive} goes by. */
    public static String given(String archive, long offset) { return archive + "#" + offset; }

    /**
     * Every page of the archive in {@code in}, in order; {@code others} counts the response records that are
     * not pages (pictures, scripts). A page too large to read comes with its reason in {@link Page#rejected()}.
     */
    public static void pages(String archive, InputStream in, Consumer<Page> each, Runnable others) throws IOException {
        try (WarcReader reader = new WarcReader(in)) {
            reader.setLenient(true);
            for (WarcRecord record : reader) {
                if (!(record instanceof WarcResponse response)) continue;
                Page page = page(archive, response);
                if (page == null) others.run();
                else each.accept(page);
            }
        }
    }

    /** The page whose record starts at byte {@code offset} of {@code file}. */
    public static Page page(String archive, Path file, long offset) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            channel.position(offset);
            WarcReader reader = new WarcReader(channel);
            reader.setLenient(true);
            Optional<WarcRecord> record = reader.next();
            Page page = record.isPresent() && record.get() instanceof WarcResponse r ? page(archive, r) : null;
            if (page == null) throw new IOException("no page record at byte " + offset);
            return page;
        }
    }

    private static Page page(String archive, WarcResponse response) throws IOException {
        if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) return null;
        HttpResponse http = response.http();
        MediaType type = http.contentType().base();
        boolean html = type.subtype().contains("html");
        if (http.status() != 200 || !html && !type.equals(MediaType.PLAIN_TEXT.base())) return null;
        String given = given(archive, response.position());
        // Decoded: chunked transfer and gzip or deflate content encodings undone.
        try (InputStream body = http.bodyDecoded().stream()) {
            byte[] bytes = body.readNBytes((int) DocumentReader.MAX_BYTES + 1);
            String rejected = bytes.length > DocumentReader.MAX_BYTES ? "page too large (over the "
                    + DocumentReader.MAX_BYTES / (1024 * 1024) + " MB limit)" : null;
            return new Page(given, response.position(), response.target(), response.date(), html, rejected == null ? bytes : null, rejected);
        }
    }
}
