package org.claimgraph.server;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a request body over {@link #MAX_BYTES} with 413, reading and dropping at most {@link #DISCARD_BYTES} of it
 * so that the client is there to read the answer. Other bodies, with a
 * length or chunked, are read up to the limit and kept, so the services (and {@link UpdateGuard} before
 * them) read them from memory; forms are left to Jetty, whose form limit the server sets to the same size. Fuseki read any body whole, and a 10 MB query
 * then took 31-41 s to parse.
 */
final class BodyLimit implements Filter {
    /** 1 MiB: a query or update of a few thousand lines; the parser takes about a second at this size. */
    static final int MAX_BYTES = 1 << 20;
    /** How much more of a chunked body over the limit is read and dropped before the connection is closed. */
    private static final long DISCARD_BYTES = 16L << 20;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String queryString = req.getQueryString();
        if (queryString != null && queryString.length() > MAX_BYTES) {
            ((HttpServletResponse) response).sendError(414, "request URI over the " + MAX_BYTES / 1024 + " KiB limit");
            return;
        }
        long length = req.getContentLengthLong();
        if (length > MAX_BYTES) {
            // A client still sending reads no answer from a closed connection: take in a bounded body first.
            if (length <= DISCARD_BYTES) discard(req, length);
            tooLarge((HttpServletResponse) response);
            return;
        }
        String type = req.getContentType();
        boolean form = type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
        if (form || (length <= 0 && req.getHeader("Transfer-Encoding") == null)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = req.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            // Read (and drop) what a client sends on, up to a bound, so that it is there to read the 413.
            discard(req, DISCARD_BYTES);
            tooLarge((HttpServletResponse) response);
            return;
        }
        chain.doFilter(new Buffered(req, body), response);
    }

    private static void discard(HttpServletRequest req, long max) throws IOException {
        byte[] buf = new byte[64 * 1024];
        var in = req.getInputStream();
        for (long left = max; left > 0; ) {
            int n = in.read(buf, 0, (int) Math.min(buf.length, left));
            if (n < 0) return;
            left -= n;
        }
    }

    private static void tooLarge(HttpServletResponse resp) throws IOException {
        resp.setHeader("Connection", "close");
        resp.sendError(413, "request body over the " + MAX_BYTES / 1024 + " KiB limit");
    }

    /** A request whose body was read into memory: every call of getInputStream reads it from the start. */
    static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        /** The buffered request under any wrappers, or null. */
        static Buffered of(ServletRequest request) {
            while (request instanceof ServletRequestWrapper w) {
                if (w instanceof Buffered b) return b;
                request = w.getRequest();
            }
            return null;
        }

        String text() {
            String enc = getCharacterEncoding();
            return new String(body, enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc));
        }

        @Override
        public int getContentLength() { return body.length; }

        @Override
        public long getContentLengthLong() { return body.length; }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override public int read() { return in.read(); }
                @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
                @Override public boolean isFinished() { return in.available() == 0; }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException(); }
            };
        }

        @Override
        public BufferedReader getReader() {
            String enc = getCharacterEncoding();
            Charset cs = enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
            return new BufferedReader(new InputStreamReader(getInputStream(), cs));
        }
    }
}
