package org.claimgraph.reader;

import java.util.ArrayList;
import java.util.List;

import org.claimgraph.doc.Span;
import org.claimgraph.reader.DateSource.DateCandidate;
import org.jsoup.Jsoup;

/**
 * The readable text of an HTML page, as a reader sees it ({@link HtmlTextWalker}): the extracted text is
 * the document text, offsets refer to it. Elements whose id or class names a comment section become
 * comment regions, those naming share bars, related links, newsletters, ads or tags boilerplate regions
 * ({@link MarkupClasses}). Inside a comment section, elements marked up as single comments become
 * {@link CommentItem}s ({@link MarkupComments}). The first {@code <h1>} is the title. Metadata come from
 * {@code <meta>} tags, JSON-LD and {@code <time>} ({@link PageMetadata}). Stateless and thread-safe.
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

    Extracted extract(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        HtmlTextWalker w = new HtmlTextWalker();
        page.body().filter(w);
        w.closeAll();
        List<DateCandidate> dates = new ArrayList<>();
        PageMetadata meta = new PageMetadata(page, dates);
        return new Extracted(w.out.toString(), w.comments, w.items.items(), w.boilerplate, w.h1, meta.title, meta.author, meta.publisher, dates);
    }
}
