package org.claimgraph.server;

import java.util.concurrent.TimeUnit;

/**
 * When a request must be answered: its arrival plus the server's timeout. {@link Admission} sets it for
 * the thread that serves the request, so queueing, parsing and every query the request runs count against
 * the same timeout.
 */
record Deadline(long nanos) {
    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    static Deadline after(long arrivalNanos, long timeoutMs) {
        return new Deadline(arrivalNanos + TimeUnit.MILLISECONDS.toNanos(timeoutMs));
    }

    /** The deadline of the request this thread serves, or null outside a request. */
    static Deadline current() { return CURRENT.get(); }

    static void set(Deadline d) {
        if (d == null) CURRENT.remove(); else CURRENT.set(d);
    }

    long remainingNanos() { return nanos - System.nanoTime(); }

    /** Whole milliseconds left, at least 1 (a query given 0 would run without a timeout). */
    long remainingMs() { return Math.max(1, TimeUnit.NANOSECONDS.toMillis(remainingNanos())); }

    boolean passed() { return remainingNanos() <= 0; }
}
