package org.claimgraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.claimgraph.doc.Printable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP Basic authentication of the one update user. Every failed attempt is logged (address and user
 * name, escaped); after {@value #FREE_FAILURES} failures from one address, it gets 429 with Retry-After
 * for a time that doubles with each further failure, up to a minute, without the password being checked.
 * A missing or malformed Authorization header gets 401 (Jetty's handler answered a malformed one with 500).
 */
final class BasicAuth implements Filter {
    static final int FREE_FAILURES = 5;
    private static final long MAX_BLOCK_MS = 60_000;
    private static final int MAX_TRACKED = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(BasicAuth.class);

    private final String user;
    private final byte[] expected;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /** Failures from one address and when the last one was. */
    private record Failures(int count, long lastMs) {
        long blockedUntilMs() {
            if (count < FREE_FAILURES) return 0;
            return lastMs + Math.min(MAX_BLOCK_MS, 1000L << Math.min(16, count - FREE_FAILURES));
        }
    }

    BasicAuth(String user, String password) {
        this.user = user;
        this.expected = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if ("OPTIONS".equals(req.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String address = req.getRemoteAddr();
        long now = System.currentTimeMillis();
        Failures f = failures.get(address);
        if (f != null && f.blockedUntilMs() > now) {
            resp.setHeader("Retry-After", Long.toString((f.blockedUntilMs() - now + 999) / 1000));
            resp.sendError(429, "too many failed logins from this address; retry later");
            return;
        }
        String header = req.getHeader("Authorization");
        byte[] given = credentials(header);
        if (given == null || !MessageDigest.isEqual(given, expected)) {
            if (header != null) failed(address, given, now);
            resp.setHeader("WWW-Authenticate", "Basic realm=\"" + SparqlServer.REALM + "\", charset=\"UTF-8\"");
            resp.sendError(HttpServletResponse.SC_UNAUTHORIZED, "authentication required");
            return;
        }
        failures.remove(address);
        chain.doFilter(new HttpServletRequestWrapper(req) {
            @Override public String getRemoteUser() { return user; }
            @Override public Principal getUserPrincipal() { return () -> user; }
            @Override public String getAuthType() { return HttpServletRequest.BASIC_AUTH; }
        }, response);
    }

    /** "user:password" from a Basic header, or null when there is none or it is malformed. */
    static byte[] credentials(String header) {
        if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) return null;
        try {
            byte[] decoded = Base64.getDecoder().decode(header.substring(6).strip());
            for (byte b : decoded) if (b == ':') return decoded;
            return null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void failed(String address, byte[] given, long now) {
        if (failures.size() > MAX_TRACKED) failures.clear();
        Failures f = failures.merge(address, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
        String name = "(malformed header)";
        if (given != null) {
            String s = new String(given, StandardCharsets.UTF_8);
            name = Printable.escape(s.substring(0, s.indexOf(':')));
        }
        LOG.warn("update login failed from {} for user {} ({} failures in a row)", address, name, f.count());
    }
}
