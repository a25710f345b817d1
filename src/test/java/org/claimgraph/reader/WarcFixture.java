package org.claimgraph.reader;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Entities;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes a small web archive as a crawler would, with jwarc's writer: for each article a request and a
 * response record holding it as an HTML page, and between them records that are not pages (a picture,
 * a 404). Tests make their own archive; none is fetched.
 */
public final class WarcFixture {
    /** The first capture's time; each next page is a day later. */
    public static final Instant FIRST_CAPTURE = Instant.parse("2017-11-16T08:30:00Z");

    private WarcFixture() {}

    /** The URI the archive gives the i-th article. */
    public static String target(int i) { return "https://news.example/world/article-" + i + ".html"; }

    /** The HTML page an article's text is served as: its first line the title, each other line a paragraph. */
    public static String page(String text) {
        String[] lines = text.strip().split("\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(Entities.escape(lines[0].replaceFirst("^#+ *", ""))).append("</title></head><body><article>");
        html.append("<h1>").append(Entities.escape(lines[0].replaceFirst("^#+ *", ""))).append("</h1>");
        for (int i = 1; i < lines.length; i++) if (!lines[i].isBlank()) html.append("<p>").append(Entities.escape(lines[i])).append("</p>\n");
        return html.append("</article></body></html>").toString();
    }

    /** Writes the articles to {@code file} (.warc.gz: gzipped record by record) and returns it. */
    public static Path write(Path file, List<Path> articles) throws IOException {
        WarcCompression compression = file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE;
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), compression)) {
            for (int i = 0; i < articles.size(); i++) {
                Instant date = FIRST_CAPTURE.plus(Duration.ofDays(i));
                String uri = target(i);
                writer.write(new WarcRequest.Builder(URI.create(uri)).date(date)
                        .body(new HttpRequest.Builder("GET", URI.create(uri)).build()).build());
                byte[] html = page(Files.readString(articles.get(i))).getBytes(StandardCharsets.UTF_8);
                writer.write(response(uri, date, 200, MediaType.HTML_UTF8, html));
                if (i == 0) {
                    writer.write(response("https://news.example/logo.png", date, 200, MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
                    writer.write(response("https://news.example/gone.html", date, 404, MediaType.HTML_UTF8,
                            "<html><body><p>Not found</p></body></html>".getBytes(StandardCharsets.UTF_8)));
                }
            }
        }
        return file;
    }

    private static WarcResponse response(String uri, Instant date, int status, MediaType type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found").body(type, body).build();
        return new WarcResponse.Builder(URI.create(uri)).date(date).body(http).build();
    }

    /** The seeds, in name order. */
    public static List<Path> seeds(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return new ArrayList<>(files.sorted().toList());
        }
    }
}
