package org.claimgraph.server;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;

/**
 * A string as java.util.regex reads it, which stops the match once the query is cancelled or its
 * deadline has passed. A backtracking regex ({@code ^(a+)+\1b$} on 40 characters) runs for hours and
 * never looks at Jena's cancel flag; it does call charAt, so every few thousand calls check both.
 */
final class BoundedText implements CharSequence {
    private static final int CHECK_EVERY = 4096;

    /** What ends a match: the query's cancel flag (may be null) and the request's deadline (may be null). */
    record Guard(AtomicBoolean cancelled, Deadline deadline) {
        void check() {
            if ((cancelled != null && cancelled.get()) || (deadline != null && deadline.passed())) {
                throw new QueryCancelledException();
            }
        }
    }

    private final String text;
    private final Guard guard;
    private int calls;

    BoundedText(String text, Guard guard) {
        this.text = text;
        this.guard = guard;
    }

    @Override
    public char charAt(int index) {
        if (++calls == CHECK_EVERY) {
            calls = 0;
            guard.check();
        }
        return text.charAt(index);
    }

    @Override
    public int length() { return text.length(); }

    @Override
    public CharSequence subSequence(int start, int end) { return new BoundedText(text.substring(start, end), guard); }

    @Override
    public String toString() { return text; }
}
