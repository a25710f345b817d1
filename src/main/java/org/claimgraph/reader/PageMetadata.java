package org.claimgraph.reader;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimgraph.reader.DateSource.DateCandidate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * What a page declares about itself: title, author, publisher and dates, from its {@code <meta>} tags,
 * its JSON-LD and its first {@code <time>} element outside comments and site furniture.
 */
final class PageMetadata {
    private static final List<String> META_DATES = WordPatterns.list("meta-date-names.txt");
    private static final List<String> META_AUTHORS = WordPatterns.list("meta-author-names.txt");
    private static final Pattern BY = Pattern.compile("(?i)^by\\s+");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The page's queries, parsed once rather than on every page (parsing them cost more than running them). */
    private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
    private static final Evaluator TIME = QueryParser.parse("time[datetime]");
    private static final Evaluator FURNITURE = QueryParser.parse("nav, footer, aside");
    private static final Map<String, Evaluator> META = new HashMap<>();

    static {
        for (String name : List.of("og:title", "twitter:title", "og:site_name", "application-name")) META.put(name, metaQuery(name));
        for (String name : META_DATES) META.put(name, metaQuery(name));
        for (String name : META_AUTHORS) META.put(name, metaQuery(name));
    }

    private static Evaluator metaQuery(String name) {
        String quoted = "=\"" + name + "\"]";
        return QueryParser.parse("meta[property" + quoted + ", meta[name" + quoted + ", meta[itemprop" + quoted);
    }

    private final Document page;
    private final Elements metas;

    String title;
    String author;
    String publisher;

    /** Reads the page's metadata; its dates go to {@code dates}. */
    PageMetadata(Document page, List<DateCandidate> dates) {
        this.page = page;
        this.metas = page.getElementsByTag("meta");
        title = firstNonBlank(meta("og:title"), meta("twitter:title"), titleWithoutSite(page.title()));
        author = personMeta();
        publisher = firstNonBlank(meta("og:site_name"), meta("application-name"));
        for (String name : META_DATES) {
            String value = meta(name);
            DateParser.Found f = value == null ? null : DateParser.find(value, 0);
            if (f != null) dates.add(DateSource.META.candidate(f.iso(), name, null));
        }
        for (Element script : page.select(JSON_LD)) jsonLd(script, dates);
        for (Element time : page.select(TIME)) {
            if (MarkupClasses.insideCommentSection(time) || time.closest(FURNITURE) != null) continue;
            DateParser.Found f = DateParser.find(time.attr("datetime"), 0);
            if (f != null) {
                dates.add(DateSource.TIME_ELEMENT.candidate(f.iso(), null, null));
                break;   // the first time element of the article is its date; later ones date other things
            }
        }
    }

    private void jsonLd(Element script, List<DateCandidate> dates) {
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

    /** The content of the first meta element named {@code name} (as the page's first match of its query). */
    private String meta(String name) {
        Evaluator query = META.get(name);
        for (Element m : metas) {
            if (query.matches(page, m)) {
                String v = m.attr("content").strip();
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    private String personMeta() {
        for (String name : META_AUTHORS) {
            String v = meta(name);
            if (v != null && !v.startsWith("http")) return BY.matcher(v).replaceFirst("");
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
