package org.claimgraph.reader;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimgraph.doc.ZoneKind;

/**
 * Site furniture told apart from the article's text: tag and share lines, "Read more", credits under
 * pictures, copyright lines, publisher taglines, headings that open a furniture section ("About this
 * blog", "Most read"), appeals to the page's readers and embedded social posts.
 */
final class BoilerplateLines {
    private BoilerplateLines() {}

    /** Site furniture comes in short lines; a longer line is prose (and is not run through the patterns). */
    private static final int MAX_FURNITURE_LINE = 300;
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final String SHARE_BUTTON = WordPatterns.anyOf("share-buttons.txt");
    /** Furniture lines by how they open (the expression is tried at the line's start only). */
    private static final Pattern BOILERPLATE_LINE = Pattern.compile(String.join("|",
            "^(?:tags?|topics|filed under|categories|category|keywords)\\s*:",
            "^(?:share this(?: article| story| post| page)?|share on \\w+|" + SHARE_BUTTON + ")"
                    + "(?:\\s*[|/·•,]\\s*" + SHARE_BUTTON + ")*\\W*$",
            "^read (?:more|also|next)\\b",
            "^(?:see also|related|more on this(?: story)?)\\s*:",
            "^(?:click here|follow us|sign up|subscribe|download (?:our|the) app|get the app)\\b",
            "^(?:copyright\\b|©|\\(c\\)\\s*\\d{4})",
            CommentHeaders.COMMENT_MARKER_RE,
            "^(?:in response|reply|report(?: abuse| comment)?|flag|like|recommend)\\W*$"), CI);
    private static final PhraseFinder RIGHTS_RESERVED = new PhraseFinder(List.of("all rights reserved"));
    /** Credit lines under pictures: short, with a picture word and a credit word. */
    private static final Pattern CREDIT = Pattern.compile(
            "^(?:photo(?:graph)?|image|graphic|picture|video|illustration|map|chart|infographic)s?\\b.{0,60}?"
                    + "\\b(?:courtesy|credits?|via|source|getty|shutterstock)\\b|^(?:photo|image|picture)\\s*:", CI);
    /** Taglines publishers print under every article: {tagline, publisher}. */
    private static final List<String[]> TAGLINES = WordPatterns.list("publisher-taglines.tsv").stream()
            .map(line -> line.split("\t")).toList();
    private static final Pattern COPYRIGHT_HOLDER = Pattern.compile(
            "^(?:copyright|©|\\(c\\))\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?([\\p{L}][\\p{L}&.’' -]{1,60}?)[.,]?\\s*(?:all rights reserved.*)?$", CI);
    /** A heading that opens a block of site furniture: the heading and the paragraph after it. */
    private static final Pattern SECTION_HEADING = Pattern.compile(
            "^(?:about (?:this|the|our) (?:blog|author|site|website|writer|writers|newsletter|editor|column)|about us|about the authors?"
                    + "|daily e-?mail|(?:newsletter|e-?mail)(?: sign-?up| alerts?| updates| reports)?|related(?: articles| stories| posts| coverage| news)?"
                    + "|more from\\b.*|most (?:read|popular|viewed|shared)|recommended(?: for you)?|trending(?: now)?|you may also like"
                    + "|editor'?s picks|follow (?:us|him|her)\\b.*|subscribe\\b.*)\\W*$", CI);
    /** Phrases only an appeal to the page's readers uses. */
    private static final PhraseFinder APPEAL = new PhraseFinder(WordPatterns.list("reader-appeals.txt"));
    private static final Pattern SOCIAL_ATTRIBUTION = Pattern.compile(
            "^(?:[—–-]\\s*|a post shared by\\s+).{0,80}?\\(@\\w{1,30}\\)", CI);
    private static final Pattern SOCIAL_LINK = Pattern.compile("pic\\.twitter\\.com/|\\bt\\.co/|instagram\\.com/p/");

    /** A furniture line: BOILERPLATE; a tagline or copyright line also names the publisher. */
    static boolean boilerplateLine(ZonedPage p, int i) {
        if (p.end[i] - p.start[i] > MAX_FURNITURE_LINE) return false;
        String line = p.line(i);
        String straight = line.replace('’', '\'');
        for (String[] tag : TAGLINES) {
            if (straight.regionMatches(true, 0, tag[0], 0, tag[0].length())) {
                p.kind[i] = ZoneKind.BOILERPLATE;
                p.offerPublisher(tag[1]);
                return true;
            }
        }
        if (BOILERPLATE_LINE.matcher(line).lookingAt() || RIGHTS_RESERVED.find(line)
                || (PageLines.words(line) <= 12 && CREDIT.matcher(line).lookingAt())) {
            Matcher c = COPYRIGHT_HOLDER.matcher(line);
            if (c.matches()) p.offerPublisher(c.group(1).strip());
            p.kind[i] = ZoneKind.BOILERPLATE;
            return true;
        }
        return false;
    }

    static boolean isSectionHeading(String line) {
        return SECTION_HEADING.matcher(line).matches() && !line.endsWith(".");
    }

    /** A short section heading ("Related stories") that opens furniture. */
    static boolean isShortSectionHeading(String line) {
        return isSectionHeading(line) && PageLines.words(line) <= 6;
    }

    /** Does the block starting at line i appeal to the page's readers? */
    static boolean isAppeal(ZonedPage p, int i) {
        return APPEAL.find(p.text, p.start[i], p.end[p.blockEnd[i] - 1]);
    }

    /**
     * An embedded post: "— NAME (@handle) DATE" and the post's text on the line just above it (which,
     * when a blank line separates them, must carry a link to the post to be taken).
     */
    static boolean socialPost(ZonedPage p, int i) {
        if (!SOCIAL_ATTRIBUTION.matcher(p.line(i)).lookingAt()) return false;
        p.kind[i] = ZoneKind.BOILERPLATE;
        int j = i - 1;
        while (j >= 0 && p.blank(j)) j--;
        if (j >= 0 && p.kind[j] == ZoneKind.BODY && (j == i - 1 || SOCIAL_LINK.matcher(p.line(j)).find())) {
            p.kind[j] = ZoneKind.BOILERPLATE;
        }
        return true;
    }
}
