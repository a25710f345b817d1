package org.claimgraph.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimgraph.doc.Span;
import org.claimgraph.reader.DateSource.DateCandidate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The readable text of an HTML page, as a reader sees it: block elements become paragraphs ("\n\n"
 * between them), {@code <br>} a line break, runs of whitespace one space. Scripts, styles, navigation,
 * footers, asides, forms and hidden elements are dropped. The extracted text is the document text:
 * offsets refer to it. Elements whose id or class names a comment section become comment regions, those
 * naming share bars, related links, newsletters, ads or tags become boilerplate regions. Inside a comment
 * section, elements marked up as single comments ({@code li.comment}, {@code id="comment-123"}) become
 * {@link CommentItem}s with the author and date their markup names, nested ones as replies. The first
 * {@code <h1>} is the title. Metadata come from {@code <meta>} tags, JSON-LD and {@code <time>}.
 * Stateless and thread-safe.
 */
final class HtmlExtractor {
    /** The text, its layout hints and the metadata the page declares (any may be null or empty). */
    record Extracted(String text, List<Span> commentRegions, List<CommentItem> commentItems, List<Span> boilerplateRegions,
                     Span h1, String title, String author, String publisher, List<DateCandidate> dates) {}

    /**
     * One comment as the page's markup delimits it: {@code span} from its start to its own end (replies
     * nested in it excluded); {@code contentStart} where its text starts after the author and date
     * elements; author and date as marked up (null when not); {@code parent} the comment it is nested
     * in (-1 when none).
     */
    record CommentItem(Span span, int contentStart, String author, String date, int parent) {}

    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "nav", "footer", "aside",
            "iframe", "svg", "form", "button", "select", "option", "object", "embed", "canvas", "audio", "video", "head", "menu", "dialog");
    /** Containers never taken for a comment or boilerplate region, whatever their classes say. */
    private static final Set<String> CONTAINERS = Set.of("html", "body", "main", "article");
    private static final Pattern COMMENT_CLASS = Pattern.compile("comment|disqus|discussion", Pattern.CASE_INSENSITIVE);
    /** Class tokens about the comment feature rather than a comment section ("comments-open", "comment-count"). */
    private static final Pattern COMMENT_FEATURE = Pattern.compile(
            "comments?-(?:open|closed|count|link|number|icon|button|toggle)|no-?comments?|has-comments?", Pattern.CASE_INSENSITIVE);
    /** A single comment's element: class "comment", "c-comment", "comment-item", "commentEntry", id "comment-123". */
    private static final Pattern COMMENT_ITEM_CLASS = Pattern.compile("^(?:[a-z]+[-_])?comment(?:[-_]?(?:item|entry|\\d+))?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT_ITEM_ID = Pattern.compile("^comment[-_]?\\d+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT_AUTHOR_CLASS = Pattern.compile("author|user|username|nickname|^fn$|^name$", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT_DATE_CLASS = Pattern.compile("date|time|published", Pattern.CASE_INSENSITIVE);
    /** Buttons inside comments ("Reply", "Report", "Like") are controls, not text. */
    private static final Pattern COMMENT_CONTROL_CLASS = Pattern.compile("(?:^|[-_])(?:reply|respond|report|like|vote|flag)(?:[-_]|$|-link)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BOILERPLATE_CLASS = Pattern.compile(
            "(?:^|[-_])(?:share|sharing|social|related|newsletter|subscribe|subscription|promo|advert|advertisement|ads?|cookie|cookies"
                    + "|donate|donation|sidebar|widget|breadcrumbs?|tags?|tag-list|paywall)(?:[-_]|$)", Pattern.CASE_INSENSITIVE);
    private static final String[] META_DATES = {
            "article:published_time", "og:article:published_time", "datePublished", "pubdate", "publishdate", "publish-date",
            "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.created", "citation_publication_date",
            "parsely-pub-date", "sailthru.date"};
    private static final ObjectMapper JSON = new ObjectMapper();

    Extracted extract(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        Walker w = new Walker();
        page.body().filter(w);
        w.closeAll();
        String text = w.out.toString();

        List<DateCandidate> dates = new ArrayList<>();
        String title = firstNonBlank(meta(page, "og:title"), meta(page, "twitter:title"), titleWithoutSite(page.title()));
        String author = personMeta(page);
        String publisher = firstNonBlank(meta(page, "og:site_name"), meta(page, "application-name"));
        for (String name : META_DATES) {
            String value = meta(page, name);
            DateParser.Found f = value == null ? null : DateParser.find(value, 0);
            if (f != null) dates.add(DateSource.META.candidate(f.iso(), name, null));
        }
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonLd found = new JsonLd();
                found.walk(JSON.readTree(script.data()));
                if (found.date != null) {
                    DateParser.Found f = DateParser.find(found.date, 0);
                    if (f != null) dates.add(DateSource.JSON_LD.candidate(f.iso(), null, null));
                }
                if (author == null) author = found.author;
                if (publisher == null) publisher = found.publisher;
                if (title == null) title = found.headline;
            } catch (JsonProcessingException e) {
                // broken JSON-LD is common on real pages; the page's other metadata still count
            }
        }
        for (Element time : page.select("time[datetime]")) {
            if (insideCommentSection(time) || time.closest("nav, footer, aside") != null) continue;
            DateParser.Found f = DateParser.find(time.attr("datetime"), 0);
            if (f != null) {
                dates.add(DateSource.TIME_ELEMENT.candidate(f.iso(), null, null));
                break;   // the first time element of the article is its date; later ones date other things
            }
        }
        return new Extracted(text, w.comments, w.items(), w.boilerplate, w.h1, title, author, publisher, dates);
    }

    /** Text accumulation with whitespace collapsed and paragraph breaks between blocks. */
    private static final class Walker implements NodeFilter {
        final StringBuilder out = new StringBuilder();
        final List<Span> comments = new ArrayList<>();
        final List<Span> boilerplate = new ArrayList<>();
        Span h1;
        int pendingBreak;        // line breaks owed before the next character: 0, 1 or 2
        boolean pendingSpace;
        int pre;                 // depth inside <pre>
        Region comment;          // the open comment region (outermost)
        Region furniture;        // the open boilerplate region (outermost)
        Region heading;          // the first h1 while open
        final List<Item> items = new ArrayList<>();
        final List<Item> openItems = new ArrayList<>();   // the comment items being read, outermost first
        Region itemAuthor;       // the open author element of the innermost item
        Region itemDate;         // the open date element of the innermost item

        /** A comment item while it is read. */
        private static final class Item {
            final Region region;
            final int parent;
            int end = -1;
            int firstReply = -1;       // where the first comment nested in it starts
            int metaEnd = -1;          // end of its author and date elements
            String author;
            String date;
            final List<Integer> lineStarts = new ArrayList<>();

            Item(Element e, int parent) {
                this.region = new Region(e);
                this.parent = parent;
            }
        }

        private static final class Region {
            final Element element;
            int start = -1;

            Region(Element element) { this.element = element; }
        }

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
            if (e.isBlock()) blockBreak();
            if (!CONTAINERS.contains(tag)) {
                if (comment == null && furniture == null && isCommentSection(e)) comment = new Region(e);
                else if (comment == null && furniture == null && matchesClass(e, BOILERPLATE_CLASS)) furniture = new Region(e);
            }
            if (tag.equals("h1") && h1 == null && heading == null && comment == null) heading = new Region(e);
            if (comment != null && comment.element != e) {
                if ((tag.equals("a") || tag.equals("span")) && matchesClass(e, COMMENT_CONTROL_CLASS)) return FilterResult.SKIP_ENTIRELY;
                commentPart(e);
            }
            return FilterResult.CONTINUE;
        }

        /** Opens a comment item, or its author or date element. */
        private void commentPart(Element e) {
            if (isCommentItem(e)) {
                Item parent = openItems.isEmpty() ? null : openItems.get(openItems.size() - 1);
                Item item = new Item(e, parent == null ? -1 : items.indexOf(parent));
                items.add(item);
                openItems.add(item);
                return;
            }
            if (openItems.isEmpty()) return;
            Item item = openItems.get(openItems.size() - 1);
            if (item.author == null && itemAuthor == null && matchesClass(e, COMMENT_AUTHOR_CLASS)) itemAuthor = new Region(e);
            else if (item.date == null && itemDate == null && (e.normalName().equals("time") || matchesClass(e, COMMENT_DATE_CLASS))) {
                itemDate = new Region(e);
            }
        }

        private static boolean isCommentItem(Element e) {
            return COMMENT_ITEM_ID.matcher(e.id()).matches() || e.classNames().stream().anyMatch(c -> COMMENT_ITEM_CLASS.matcher(c).matches());
        }

        /** Closes comment parts ending at element e. */
        private void closeCommentPart(Element e) {
            if (openItems.isEmpty()) return;
            Item item = openItems.get(openItems.size() - 1);
            if (itemAuthor != null && itemAuthor.element == e) {
                if (itemAuthor.start >= 0) {
                    // WordPress puts "says:" inside its author element
                    item.author = out.substring(itemAuthor.start, trimmedEnd()).strip().replaceFirst("(?i)\\s+(?:says|said|wrote|writes)\\s*:?$", "");
                    item.metaEnd = trimmedEnd();
                }
                itemAuthor = null;
            }
            if (itemDate != null && itemDate.element == e) {
                String written = e.hasAttr("datetime") ? e.attr("datetime") : itemDate.start >= 0 ? out.substring(itemDate.start, trimmedEnd()) : "";
                if (!written.isBlank()) {
                    item.date = written.strip();
                    item.metaEnd = trimmedEnd();
                }
                itemDate = null;
            }
            if (item.region.element == e) {
                item.end = trimmedEnd();
                openItems.remove(openItems.size() - 1);
                if (!openItems.isEmpty()) {
                    Item parent = openItems.get(openItems.size() - 1);
                    if (parent.firstReply < 0 && item.region.start >= 0) parent.firstReply = item.region.start;
                }
            }
        }

        /** The items that hold text, as spans: each item's own part, its replies excluded. */
        List<CommentItem> items() {
            List<CommentItem> result = new ArrayList<>();
            List<Integer> renumbered = new ArrayList<>();
            for (Item item : items) {
                int start = item.region.start;
                int end = item.firstReply >= 0 ? item.firstReply : item.end;
                if (start < 0 || end <= start) { renumbered.add(-1); continue; }
                end = trimEnd(end);
                int content = start;
                if (item.metaEnd >= 0) {
                    content = end;
                    for (int ls : item.lineStarts) {
                        if (ls >= item.metaEnd && ls < end) { content = ls; break; }
                    }
                }
                renumbered.add(result.size());
                int parent = item.parent < 0 ? -1 : renumbered.get(item.parent);
                result.add(new CommentItem(new Span(start, end), content, item.author, item.date, parent));
            }
            return result;
        }

        private int trimEnd(int end) {
            while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) end--;
            return end;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) return FilterResult.CONTINUE;
            String tag = e.normalName();
            if (tag.equals("pre")) pre--;
            if (e.isBlock() && !tag.equals("br")) blockBreak();
            if (comment != null) closeCommentPart(e);
            if (comment != null && comment.element == e) { close(comment, comments); comment = null; }
            if (furniture != null && furniture.element == e) { close(furniture, boilerplate); furniture = null; }
            if (heading != null && heading.element == e) {
                if (heading.start >= 0) h1 = new Span(heading.start, trimmedEnd());
                heading = null;
            }
            return FilterResult.CONTINUE;
        }

        void closeAll() {
            if (comment != null) close(comment, comments);
            if (furniture != null) close(furniture, boilerplate);
        }

        private void close(Region r, List<Span> into) {
            if (r.start >= 0 && trimmedEnd() > r.start) into.add(new Span(r.start, trimmedEnd()));
        }

        private int trimmedEnd() { return trimEnd(out.length()); }

        private void blockBreak() { pendingBreak = 2; }

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
                    out.setLength(trimmedEnd());
                    out.append(pendingBreak == 2 ? "\n\n" : "\n");
                } else if (pendingSpace && out.charAt(out.length() - 1) != '\n') {
                    out.append(' ');
                }
            }
            boolean lineStart = out.isEmpty() || out.charAt(out.length() - 1) == '\n';
            pendingBreak = 0;
            pendingSpace = false;
            int at = out.length();
            for (Item item : openItems) {
                if (item.region.start < 0) item.region.start = at;
            }
            if (lineStart && !openItems.isEmpty()) openItems.get(openItems.size() - 1).lineStarts.add(at);
            if (itemAuthor != null && itemAuthor.start < 0) itemAuthor.start = at;
            if (itemDate != null && itemDate.start < 0) itemDate.start = at;
            if (comment != null && comment.start < 0) comment.start = at;
            if (furniture != null && furniture.start < 0) furniture.start = at;
            if (heading != null && heading.start < 0) heading.start = at;
            out.append(c);
        }
    }

    private static boolean isCommentSection(Element e) {
        return matchesClass(e, COMMENT_CLASS) && !matchesClass(e, COMMENT_FEATURE);
    }

    private static boolean insideCommentSection(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (!CONTAINERS.contains(a.normalName()) && isCommentSection(a)) return true;
        }
        return false;
    }

    private static boolean matchesClass(Element e, Pattern p) {
        if (!e.id().isEmpty() && p.matcher(e.id()).find()) return true;
        for (String c : e.classNames()) if (p.matcher(c).find()) return true;
        return false;
    }

    private static String meta(org.jsoup.nodes.Document page, String name) {
        String quoted = "=\"" + name + "\"]";
        Element m = page.selectFirst("meta[property" + quoted + ", meta[name" + quoted + ", meta[itemprop" + quoted);
        if (m == null) return null;
        String v = m.attr("content").strip();
        return v.isEmpty() ? null : v;
    }

    private static String personMeta(org.jsoup.nodes.Document page) {
        for (String name : new String[] {"author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author"}) {
            String v = meta(page, name);
            if (v != null && !v.startsWith("http")) return v.replaceFirst("(?i)^by\\s+", "");
        }
        return null;
    }

    /** "Headline | Site" or "Headline - Site" -> "Headline"; the site is the publisher, not the title. */
    private static String titleWithoutSite(String title) {
        if (title == null || title.isBlank()) return null;
        String t = title.strip();
        int cut = Math.max(t.lastIndexOf(" | "), Math.max(t.lastIndexOf(" - "), t.lastIndexOf(" – ")));
        return cut > t.length() / 2 ? t.substring(0, cut).strip() : t;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }

    /** The first datePublished, author name, publisher name and headline in a JSON-LD tree. */
    private static final class JsonLd {
        String date;
        String author;
        String publisher;
        String headline;

        void walk(JsonNode n) {
            if (n == null) return;
            if (n.isArray()) {
                for (JsonNode c : n) walk(c);
                return;
            }
            if (!n.isObject()) return;
            if (date == null && n.path("datePublished").isTextual()) date = n.get("datePublished").asText();
            if (headline == null && n.path("headline").isTextual()) headline = n.get("headline").asText();
            if (author == null && n.has("author")) author = name(n.get("author"));
            if (publisher == null && n.has("publisher")) publisher = name(n.get("publisher"));
            walk(n.get("@graph"));
            walk(n.get("mainEntity"));
        }

        private static String name(JsonNode n) {
            if (n.isArray()) return n.isEmpty() ? null : name(n.get(0));
            if (n.isTextual()) return n.asText().isBlank() || n.asText().startsWith("http") ? null : n.asText().strip();
            JsonNode name = n.path("name");
            return name.isTextual() && !name.asText().isBlank() ? name.asText().strip() : null;
        }
    }
}
