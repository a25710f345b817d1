package org.claimgraph.server;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Requests as common clients send them, put in the forms the server matches, before any servlet sees
 * them:
 * <ul>
 * <li>media types in Accept are case-insensitive (RFC 9110): {@code TEXT/TURTLE} is {@code text/turtle};
 *     the unregistered {@code application/x-turtle} that older clients send is Turtle;</li>
 * <li>the result format names clients put in {@code format=} / {@code output=} / {@code results=} on
 *     the query endpoint (SPARQLWrapper sends all three: {@code n3}, {@code rdf+xml}, {@code rdf},
 *     {@code jsonld}, ...) become the Accept header they stand for, so that the query's form (SELECT
 *     or CONSTRUCT) picks the result or RDF format; a name not known here goes on to Fuseki as sent;</li>
 * <li>HEAD is answered as GET without the body (Jetty sends no body to a HEAD), also by Fuseki's
 *     endpoints, which refuse HEAD themselves.</li>
 * </ul>
 */
final class ClientRequests extends HttpFilter {
    static final List<String> FORMAT_PARAMETERS = List.of("output", "format", "results");

    /** Format names (lower case) → the Accept header they stand for: result formats and RDF formats together. */
    private static final Map<String, String> FORMAT_NAMES = names(
            "json", "application/sparql-results+json, application/ld+json;q=0.9",
            "xml", "application/sparql-results+xml, application/rdf+xml;q=0.9",
            "csv", "text/csv",
            "tsv", "text/tab-separated-values",
            "turtle", "text/turtle",
            "ttl", "text/turtle",
            "n3", "text/turtle",
            "rdf", "application/rdf+xml, application/sparql-results+xml;q=0.9",
            "rdf+xml", "application/rdf+xml, application/sparql-results+xml;q=0.9",
            "rdfxml", "application/rdf+xml, application/sparql-results+xml;q=0.9",
            "jsonld", "application/ld+json, application/sparql-results+json;q=0.9",
            "json-ld", "application/ld+json, application/sparql-results+json;q=0.9",
            "nt", "application/n-triples",
            "ntriples", "application/n-triples",
            "n-triples", "application/n-triples",
            "nq", "application/n-quads",
            "nquads", "application/n-quads",
            "n-quads", "application/n-quads",
            "trig", "application/trig");

    /** Media types known by an older name. */
    private static final Map<String, String> MEDIA_TYPE_ALIASES = Map.of("application/x-turtle", "text/turtle");

    private final String queryPath;

    /** {@code queryPath}: the query endpoint, whose format names are read. */
    ClientRequests(String queryPath) {
        this.queryPath = queryPath;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String accept = req.getHeader("Accept");
        boolean formatNamed = false;
        if (queryPath.equals(req.getRequestURI())) {
            String named = namedFormat(req);
            if (named != null) {
                accept = named;
                formatNamed = true;
            }
        }
        chain.doFilter(new Normalized(req, accept == null ? null : normalizeAccept(accept), formatNamed), resp);
    }

    /** The Accept header the first format parameter with a known name (or a media type) stands for; null if none. */
    static String namedFormat(HttpServletRequest req) {
        for (String parameter : FORMAT_PARAMETERS) {
            String[] values = req.getParameterValues(parameter);
            if (values == null) continue;
            for (String v : values) {
                // A '+' typed into a URL arrives as a space: "rdf xml" is "rdf+xml".
                String name = v.strip().replace(' ', '+').toLowerCase(Locale.ROOT);
                if (FORMAT_NAMES.containsKey(name)) return FORMAT_NAMES.get(name);
                if (name.matches("[a-z0-9.+-]+/[a-z0-9.+-]+")) return name;
            }
        }
        return null;
    }

    /** Each media range's type and subtype in lower case (parameters such as a profile IRI kept as sent), aliases replaced. */
    static String normalizeAccept(String accept) {
        return Arrays.stream(accept.split(",")).map(range -> {
            int semi = range.indexOf(';');
            String type = (semi < 0 ? range : range.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
            type = MEDIA_TYPE_ALIASES.getOrDefault(type, type);
            return semi < 0 ? type : type + range.substring(semi);
        }).collect(Collectors.joining(", "));
    }

    private static Map<String, String> names(String... nameAndAccept) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameAndAccept.length; i += 2) m.put(nameAndAccept[i], nameAndAccept[i + 1]);
        return Map.copyOf(m);
    }

    /** The request with its Accept header normalized, HEAD as GET, and format parameters gone once read. */
    private static final class Normalized extends HttpServletRequestWrapper {
        private final String accept;
        private final boolean hideFormat;

        Normalized(HttpServletRequest req, String accept, boolean hideFormat) {
            super(req);
            this.accept = accept;
            this.hideFormat = hideFormat;
        }

        @Override
        public String getMethod() {
            String m = super.getMethod();
            return "HEAD".equals(m) ? "GET" : m;
        }

        @Override
        public String getHeader(String name) {
            return "Accept".equalsIgnoreCase(name) ? accept : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (!"Accept".equalsIgnoreCase(name)) return super.getHeaders(name);
            return accept == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(accept));
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames());
            if (accept != null && names.stream().noneMatch("Accept"::equalsIgnoreCase)) names.add("Accept");
            return Collections.enumeration(names);
        }

        private boolean hidden(String name) { return hideFormat && FORMAT_PARAMETERS.contains(name); }

        @Override
        public String getParameter(String name) { return hidden(name) ? null : super.getParameter(name); }

        @Override
        public String[] getParameterValues(String name) { return hidden(name) ? null : super.getParameterValues(name); }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (!hideFormat) return super.getParameterMap();
            Map<String, String[]> m = new LinkedHashMap<>(super.getParameterMap());
            FORMAT_PARAMETERS.forEach(m::remove);
            return Collections.unmodifiableMap(m);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
