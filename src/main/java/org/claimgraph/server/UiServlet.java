package org.claimgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.claimgraph.queries.QueryLibrary;

/**
 * The browser page at {@value #PATH}/, served from the jar (classpath ui/, with the YASGUI and
 * Cytoscape.js builds that Maven installs from npm into ui/vendor/): nothing is loaded from the
 * internet. {@value #PATH}/queries.json is the analysts' query library (classpath queries/*.rq),
 * which the page preloads into the SPARQL editor, each query with the description shown by its tab.
 */
final class UiServlet extends HttpServlet {
    static final String PATH = SparqlServer.DATASET + "/ui";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "json", "application/json", "svg", "image/svg+xml", "png", "image/png");

    /** The end of a sentence in a query's comment header: the description is the first two. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(\"])");

    private final byte[] queries;

    UiServlet() {
        try {
            queries = new ObjectMapper().writeValueAsBytes(queryLibrary());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.isEmpty()) {
            LinkedDataServlet.seeOther(resp, PATH + "/");
            return;
        }
        if (path.equals("/")) path = "/index.html";
        if (path.equals("/queries.json")) {
            send(resp, "json", queries);
            return;
        }
        if (path.contains("..") || path.contains("//")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = UiServlet.class.getClassLoader().getResourceAsStream("ui" + path)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND, "Not found: " + PATH + path);
                return;
            }
            send(resp, path.substring(path.lastIndexOf('.') + 1), in.readAllBytes());
        }
    }

    private static void send(HttpServletResponse resp, String extension, byte[] body) throws IOException {
        resp.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** One entry per queries/*.rq: name, title (the comment header), description, parameters and the query text. */
    static List<Map<String, String>> queryLibrary() throws IOException {
        java.net.URL url = UiServlet.class.getClassLoader().getResource("queries");
        if (url == null) return List.of();
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if (uri.getScheme().equals("jar")) {
            try {
                FileSystems.getFileSystem(uri);
            } catch (FileSystemNotFoundException e) {
                FileSystems.newFileSystem(uri, Map.of()); // stays open: the jar is read for the life of the server
            }
        }
        return read(Path.of(uri));
    }

    private static List<Map<String, String>> read(Path dir) {
        List<Map<String, String>> out = new ArrayList<>();
        for (QueryLibrary.Named q : QueryLibrary.load(dir)) {
            out.add(Map.of("name", q.name(), "title", q.title(), "description", description(q.title()),
                    "parameters", parameters(q.title()), "query", q.text()));
        }
        return out;
    }

    /**
     * What a query answers, for its tab: the first two sentences of its comment header, before the
     * parameters and the notes on how it is evaluated.
     */
    static String description(String header) {
        int parameters = header.indexOf("Parameter ?");
        String text = parameters < 0 ? header : header.substring(0, parameters).strip();
        Matcher end = SENTENCE_END.matcher(text);
        for (int sentences = 1; end.find(); sentences++) {
            if (sentences == 2) return text.substring(0, end.start());
        }
        return text;
    }

    /** The header's "Parameter ?x: ..." sentences, without the command-line example that follows them. */
    static String parameters(String header) {
        int start = header.indexOf("Parameter ?");
        if (start < 0) return "";
        int example = header.indexOf(" claimgraph query ", start);
        return header.substring(start, example < 0 ? header.length() : example).strip();
    }
}
