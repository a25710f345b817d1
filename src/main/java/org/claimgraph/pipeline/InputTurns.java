package org.claimgraph.pipeline;

/**
 * Turns in input order for the stages that learn from the documents before them (the actor
 * directory): input n's turn begins once input n-1's has ended, whichever worker thread got there
 * first, so a run's IRIs do not depend on thread timing. Every input takes its turn exactly once,
 * even one that is skipped or fails, or the inputs after it would wait forever.
 */
final class InputTurns {
    private long next;

    Turn turn(long input) { return new Turn(input); }

    /** One input's turn; used by the one thread processing that input. */
    final class Turn {
        private final long input;
        private boolean begun;
        private boolean ended;

        private Turn(long input) { this.input = input; }

        /** Waits until every earlier input's turn has ended. */
        void begin() {
            if (begun) return;
            synchronized (InputTurns.this) {
                while (next != input) {
                    try {
                        InputTurns.this.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while waiting for input " + input + "'s turn", e);
                    }
                }
            }
            begun = true;
        }

        /** Lets the next input begin; takes the turn first if it was never begun. */
        void end() {
            if (ended) return;
            begin();
            synchronized (InputTurns.this) {
                next = input + 1;
                InputTurns.this.notifyAll();
            }
            ended = true;
        }
    }
}
