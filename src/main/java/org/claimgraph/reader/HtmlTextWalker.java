package org.claimgraph.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimgraph.doc.Span;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Writes the readable text of a page's body as it walks it: whitespace collapsed, block elements as
 * paragraphs ("\n\n" between them), {@code <br>} as a line break, {@code <pre>} as written; scripts,
 * styles, navigation, footers, asides, forms and hidden elements left out. On the way it records the
 * spans of the comment section, of site furniture and of the first h1, and the single comments the
 * comment section's markup delimits ({@link MarkupComments}). One walker per page.
 */
final class HtmlTextWalker implements NodeFilter {
    /** Elements whose content is no part of what a reader reads as the article. */
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "nav", "footer", "aside",
            "iframe", "svg", "form", "button", "select", "option", "object", "embed", "canvas", "audio", "video", "head", "menu", "dialog");

    /** An element whose text span is being recorded: it starts at the first character written inside it. */
    static final class Region {
        final Element element;
        int start = -1;

        Region(Element element) { this.element = element; }
    }

    final StringBuilder out = new StringBuilder();
    final List<Span> comments = new ArrayList<>();
    final List<Span> boilerplate = new ArrayList<>();
    final MarkupComments items = new MarkupComments(out);
    Span h1;
    private int pendingBreak;        // line breaks owed before the next character: 0, 1 or 2
    private boolean pendingSpace;
    private int pre;                 // depth inside <pre>
    private Region comment;          // the open comment region (outermost)
    private Region furniture;        // the open boilerplate region (outermost)
    private Region heading;          // the first h1 while open

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            append(t.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) return FilterResult.SKIP_ENTIRELY;   // HTML comments, doctype...
        String tag = e.normalName();
        if (DROPPED.contains(tag) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) return FilterResult.SKIP_ENTIRELY;
        if (tag.equals("br")) { pendingBreak = Math.min(2, pendingBreak + 1); return FilterResult.CONTINUE; }
        if (tag.equals("pre")) pre++;
        if (e.isBlock()) pendingBreak = 2;
        if (!MarkupClasses.CONTAINERS.contains(tag)) {
            if (comment == null && furniture == null && MarkupClasses.isCommentSection(e)) comment = new Region(e);
            else if (comment == null && furniture == null && MarkupClasses.isFurniture(e)) furniture = new Region(e);
        }
        if (tag.equals("h1") && h1 == null && heading == null && comment == null) heading = new Region(e);
        if (comment != null && comment.element != e) {
            if (MarkupClasses.isCommentControl(e)) return FilterResult.SKIP_ENTIRELY;
            items.open(e);
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element e)) return FilterResult.CONTINUE;
        String tag = e.normalName();
        if (tag.equals("pre")) pre--;
        if (e.isBlock() && !tag.equals("br")) pendingBreak = 2;
        if (comment != null) items.close(e);
        if (comment != null && comment.element == e) { close(comment, comments); comment = null; }
        if (furniture != null && furniture.element == e) { close(furniture, boilerplate); furniture = null; }
        if (heading != null && heading.element == e) {
            if (heading.start >= 0) h1 = new Span(heading.start, trimEnd(out, out.length()));
            heading = null;
        }
        return FilterResult.CONTINUE;
    }

    /** Ends the regions still open at the end of the page. */
    void closeAll() {
        if (comment != null) close(comment, comments);
        if (furniture != null) close(furniture, boilerplate);
    }

    private void close(Region r, List<Span> into) {
        int end = trimEnd(out, out.length());
        if (r.start >= 0 && end > r.start) into.add(new Span(r.start, end));
    }

    /** {@code end} moved back over the whitespace before it. */
    static int trimEnd(CharSequence text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end;
    }

    private void append(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (pre > 0 && (c == '\n' || c == '\r')) {
                if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') continue;
                pendingBreak = Math.min(2, pendingBreak + 1);
                continue;
            }
            if (Character.isWhitespace(c)) {
                if (pre > 0) put(c);
                else pendingSpace = true;
                continue;
            }
            put(c);
        }
    }

    private void put(char c) {
        if (!out.isEmpty()) {
            if (pendingBreak > 0) {
                out.setLength(trimEnd(out, out.length()));
                out.append(pendingBreak == 2 ? "\n\n" : "\n");
            } else if (pendingSpace && out.charAt(out.length() - 1) != '\n') {
                out.append(' ');
            }
        }
        boolean lineStart = out.isEmpty() || out.charAt(out.length() - 1) == '\n';
        pendingBreak = 0;
        pendingSpace = false;
        int at = out.length();
        items.beforeChar(at, lineStart);
        if (comment != null && comment.start < 0) comment.start = at;
        if (furniture != null && furniture.start < 0) furniture.start = at;
        if (heading != null && heading.start < 0) heading.start = at;
        out.append(c);
    }
}
