package org.claimgraph.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.claimgraph.doc.Span;
import org.jsoup.nodes.Element;

/**
 * The single comments a page's markup delimits inside its comment section ({@code li.comment},
 * {@code id="comment-123"}), with the author and date elements they hold, nested ones as replies; read
 * while {@link HtmlTextWalker} writes the text.
 */
final class MarkupComments {
    /** WordPress puts "says:" inside its author element. */
    private static final Pattern SAYS = Pattern.compile("(?i)\\s+(?:says|said|wrote|writes)\\s*:?$");

    /** A comment item while it is read. */
    private static final class Item {
        final Element element;
        final int parent;
        int start = -1;
        int end = -1;
        int firstReply = -1;       // where the first comment nested in it starts
        int metaEnd = -1;          // end of its author and date elements
        String author;
        String date;
        final List<Integer> lineStarts = new ArrayList<>();

        Item(Element e, int parent) {
            this.element = e;
            this.parent = parent;
        }
    }

    private final StringBuilder out;
    private final List<Item> items = new ArrayList<>();
    private final List<Item> open = new ArrayList<>();   // the comment items being read, outermost first
    private HtmlTextWalker.Region author;                // the open author element of the innermost item
    private HtmlTextWalker.Region date;                  // the open date element of the innermost item

    MarkupComments(StringBuilder out) { this.out = out; }

    /** Opens a comment item, or its author or date element, at element e inside the comment section. */
    void open(Element e) {
        if (MarkupClasses.isCommentItem(e)) {
            Item parent = innermost();
            Item item = new Item(e, parent == null ? -1 : items.indexOf(parent));
            items.add(item);
            open.add(item);
            return;
        }
        Item item = innermost();
        if (item == null) return;
        if (item.author == null && author == null && MarkupClasses.isCommentAuthor(e)) author = new HtmlTextWalker.Region(e);
        else if (item.date == null && date == null && MarkupClasses.isCommentDate(e)) date = new HtmlTextWalker.Region(e);
    }

    /** Closes the comment parts ending at element e. */
    void close(Element e) {
        Item item = innermost();
        if (item == null) return;
        if (author != null && author.element == e) {
            if (author.start >= 0) {
                item.author = SAYS.matcher(out.substring(author.start, trimmedEnd()).strip()).replaceFirst("");
                item.metaEnd = trimmedEnd();
            }
            author = null;
        }
        if (date != null && date.element == e) {
            String written = e.hasAttr("datetime") ? e.attr("datetime") : date.start >= 0 ? out.substring(date.start, trimmedEnd()) : "";
            if (!written.isBlank()) {
                item.date = written.strip();
                item.metaEnd = trimmedEnd();
            }
            date = null;
        }
        if (item.element == e) {
            item.end = trimmedEnd();
            open.remove(open.size() - 1);
            Item parent = innermost();
            if (parent != null && parent.firstReply < 0 && item.start >= 0) parent.firstReply = item.start;
        }
    }

    /** A character is about to be written at {@code at}, the first of its line when {@code lineStart}. */
    void beforeChar(int at, boolean lineStart) {
        for (Item item : open) {
            if (item.start < 0) item.start = at;
        }
        if (lineStart && !open.isEmpty()) innermost().lineStarts.add(at);
        if (author != null && author.start < 0) author.start = at;
        if (date != null && date.start < 0) date.start = at;
    }

    private int trimmedEnd() { return HtmlTextWalker.trimEnd(out, out.length()); }

    private Item innermost() { return open.isEmpty() ? null : open.get(open.size() - 1); }

    /** The items that hold text, as spans: each item's own part, its replies excluded. */
    List<HtmlExtractor.CommentItem> items() {
        List<HtmlExtractor.CommentItem> result = new ArrayList<>();
        List<Integer> renumbered = new ArrayList<>();
        for (Item item : items) {
            int start = item.start;
            int end = item.firstReply >= 0 ? item.firstReply : item.end;
            if (start < 0 || end <= start) { renumbered.add(-1); continue; }
            end = HtmlTextWalker.trimEnd(out, end);
            int content = start;
            if (item.metaEnd >= 0) {
                content = end;
                for (int ls : item.lineStarts) {
                    if (ls >= item.metaEnd && ls < end) { content = ls; break; }
                }
            }
            renumbered.add(result.size());
            int parent = item.parent < 0 ? -1 : renumbered.get(item.parent);
            result.add(new HtmlExtractor.CommentItem(new Span(start, end), content, item.author, item.date, parent));
        }
        return result;
    }
}
