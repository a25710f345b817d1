package org.claimgraph.server;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A bounded queue in front of everything that queries the store. At most {@code running} requests run at
 * once and {@code waiting} more wait for a turn; a request beyond those is answered 503 with Retry-After at
 * once, and one that waits until its deadline is answered 503 then. Each request's {@link Deadline} (its
 * arrival plus the timeout) is what its queries get, so a query waits and runs within one timeout. Without
 * this, 64 heavy queries took all of Jetty's threads and a plain ASK waited 17 s for one. The browser
 * page's files and the ontology, which read no store, pass outside the queue.
 */
final class Admission implements Filter {
    private final Semaphore running;
    private final int capacity;
    private final long timeoutMs;
    private final AtomicInteger inside = new AtomicInteger();

    Admission(int running, int waiting, long timeoutMs) {
        this.running = new Semaphore(running, true);
        this.capacity = running + waiting;
        this.timeoutMs = timeoutMs;
    }

    /** Requests running at once: the cores (queries are CPU-bound), at least 2. */
    static int defaultRunning() { return Math.max(2, Runtime.getRuntime().availableProcessors()); }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = req.getRequestURI();
        if ("OPTIONS".equals(req.getMethod()) || path.startsWith(UiServlet.PATH + "/") || path.equals(OntologyServlet.PATH)) {
            chain.doFilter(request, response);
            return;
        }
        Deadline deadline = Deadline.after(System.nanoTime(), timeoutMs);
        if (inside.incrementAndGet() > capacity) {
            inside.decrementAndGet();
            busy(resp, "the server is busy (" + capacity + " requests running or waiting)");
            return;
        }
        try {
            if (!running.tryAcquire(Math.max(0, deadline.remainingNanos()), TimeUnit.NANOSECONDS)) {
                busy(resp, "the server is busy: no turn came within the " + timeoutMs + " ms timeout");
                return;
            }
            try {
                Deadline.set(deadline);
                chain.doFilter(request, response);
            } finally {
                Deadline.set(null);
                running.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            busy(resp, "the server is stopping");
        } finally {
            inside.decrementAndGet();
        }
    }

    private void busy(HttpServletResponse resp, String why) throws IOException {
        resp.setHeader("Retry-After", Long.toString(Math.max(1, (timeoutMs + 999) / 1000)));
        resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, why + "; retry later");
    }
}
