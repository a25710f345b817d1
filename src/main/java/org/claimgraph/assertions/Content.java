package org.claimgraph.assertions;

import java.util.List;

import org.claimgraph.doc.Span;

/**
 * Content parts; {@code direct} when all of it is quoted; {@code quoted} when it ends in a quote of
 * at least a few words closed right before the source ("..., “...,” Putin told"), the surest sign that
 * the attribution reports what precedes it.
 */
record Content(List<Span> parts, boolean direct, boolean quoted) {
    Content(List<Span> parts, boolean direct) {
        this(parts, direct, false);
    }
}
