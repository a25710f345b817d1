package org.claimgraph.reader;

/** An input that cannot be read as a news document; the message is a one-line reason. */
public class InputRejected extends Exception {
    public InputRejected(String reason) { super(reason); }
}
