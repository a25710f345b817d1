package org.claimgraph.reader;

/**
 * An input that cannot become a document. {@link #getMessage()} is the one-line reason for the user
 * ("empty file", "binary file (PDF)"...); {@link #input()} names the file. Checked, so that every
 * caller decides how a batch carries on.
 */
public final class InputRejected extends Exception {
    private final String input;

    public InputRejected(String input, String reason) {
        super(reason, null, false, false);
        this.input = input;
    }

    public InputRejected(String input, String reason, Throwable cause) {
        super(reason, cause, false, true);
        this.input = input;
    }

    public String input() { return input; }

    /** "path: reason", the line the CLI prints. */
    public String line() { return input + ": " + getMessage(); }
}
