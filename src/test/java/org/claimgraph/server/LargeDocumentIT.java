package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.claimgraph.TestData;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.Iris;
import org.claimgraph.doc.Sentence;
import org.claimgraph.doc.Span;
import org.claimgraph.doc.ZoneKind;
import org.claimgraph.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One large document against a server in its own JVM with a small heap: 16 concurrent requests for its
 * page (megabytes of HTML) are all answered, in full or with 503, and the server survives. Building the
 * page whole, from a copy of the document's graph, ran such a server out of heap.
 */
class LargeDocumentIT {
    static final int SENTENCES = 40_000;

    @Test
    void sixteenRequestsForALargeDocumentPageDoNotExhaustTheServer(@TempDir Path dir) throws Exception {
        Document doc = largeDocument();
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            store.put(doc);
        }
        Path home = TestData.home();
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = home.resolve("target/claimgraph.jar") + File.pathSeparator + home.resolve("target/lib/*");
        Process p = new ProcessBuilder(List.of(javaBin, "-Xmx160m", "-cp", cp, "-Dclaimgraph.home=" + home, "org.claimgraph.cli.Main",
                "serve", "--db", dir.resolve("tdb2").toString(), "--port", "0", "--localhost", "--timeout", "30"))
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertNotNull(line, "serve printed nothing: " + Files.readString(dir.resolve("stderr.txt")));
            String base = line.substring(line.indexOf("http://"), line.indexOf("/claimgraph/sparql"));
            HttpClient http = HttpClient.newHttpClient();
            URI page = URI.create(base + LinkedDataServlet.pageHref(doc.id()));
            String last = "id=\"char=" + doc.sentences().get(SENTENCES - 1).span().start();
            List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
            for (int i = 0; i < 16; i++) all.add(http.sendAsync(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()));
            int full = 0;
            for (CompletableFuture<HttpResponse<String>> f : all) {
                HttpResponse<String> r = f.get(120, TimeUnit.SECONDS);
                assertTrue(r.statusCode() == 200 || r.statusCode() == 503, "status " + r.statusCode());
                if (r.statusCode() == 200) {
                    assertTrue(r.body().contains(last) && r.body().strip().endsWith("</html>"), "a whole page");
                    full++;
                }
            }
            assertTrue(full >= 2, full + " full pages");
            assertTrue(p.isAlive(), "the server is still up");
            String err = Files.readString(dir.resolve("stderr.txt"));
            assertFalse(err.contains("OutOfMemoryError"), err);
        } finally {
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** One paragraph per line, as the 19 MB article: every sentence on a line of its own. */
    static Document largeDocument() {
        StringBuilder text = new StringBuilder("A very long record of the council\n\n");
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < SENTENCES; i++) {
            int start = text.length();
            text.append("Item ").append(i).append(": the council heard that the budget for the district was <reviewed> & approved.");
            spans.add(new Span(start, text.length()));
            text.append('\n');
        }
        Document doc = new Document("large.txt", text.toString());
        doc.setId(Iris.document(doc.text()));
        doc.setTitle("A very long record of the council");
        for (Span s : spans) doc.sentences().add(new Sentence(doc.sentences().size(), s, List.of(), ZoneKind.BODY));
        return doc;
    }
}
