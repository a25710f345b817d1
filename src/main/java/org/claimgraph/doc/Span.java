package org.claimgraph.doc;

/** A half-open range [start, end) of Java string indices into a document's exact text. */
public record Span(int start, int end) implements Comparable<Span>, java.io.Serializable {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    public String of(String text) { return text.substring(start, end); }

    public int length() { return end - start; }

    public boolean contains(Span other) { return start <= other.start && other.end <= end; }

    public boolean overlaps(Span other) { return start < other.end && other.start < end; }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }
}
