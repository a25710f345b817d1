package org.claimgraph.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimgraph.doc.ReaderComment;
import org.claimgraph.doc.Span;
import org.claimgraph.doc.Zone;
import org.claimgraph.doc.ZoneKind;
import org.claimgraph.reader.DateSource.DateCandidate;

/**
 * Divides a page's text into zones the way a reader sees them, line by line, with the layout cues
 * web news pages share:
 * <ul>
 *   <li>a <b>header</b> before the first prose paragraph: the title (a Markdown heading, else the first
 *       heading-like line of four words or more), date lines, bylines, and short kicker/category lines;</li>
 *   <li>the <b>body</b>, in which datelines ("MOSCOW, Nov 14, 2017 UBO –"), bylines ("By X", "Edited by:",
 *       a "-- Name" signature, a name after an end mark "###"), and boilerplate lines and paragraphs
 *       (tags, share buttons, "Read more", credits, embedded social posts, reader appeals, "About this
 *       blog" sections, publisher taglines) are told apart from the article's own text;</li>
 *   <li>the <b>comment section</b>: from the first reader-comment header ("by: NAME from: PLACE",
 *       "Avatar NAME says:", "NAME says:") that either follows a comment-section marker or starts a run
 *       of two or more headers; or, for HTML, the regions the page marks as comments. Each comment
 *       becomes its own COMMENT zone and {@link ReaderComment}; replies are found from an
 *       "In Response" marker or from deeper indentation.</li>
 * </ul>
 * Every non-blank line ends up in exactly one zone; zones never overlap; blank lines and the
 * whitespace at line ends lie between zones. Stateless and thread-safe: all state is per call.
 */
final class PageZoner {
    /**
     * Layout known from HTML: regions the page marks as comments, the single comments its markup
     * delimits, regions it marks as furniture, and its h1 (or null).
     */
    record Hints(List<Span> commentRegions, List<HtmlExtractor.CommentItem> commentItems, List<Span> boilerplateRegions, Span title) {
        static final Hints NONE = new Hints(List.of(), List.of(), List.of(), null);
    }

    /** What the text says about the document besides its zones. Any field may be null. */
    record Result(String title, String author, String publisher) {}

    /** Lines before the first prose line that may still belong to the page header. */
    private static final int MAX_HEADER_LINES = 12;
    /** Body blocks in which a dateline may open: datelines open the story, not its middle. */
    private static final int DATELINE_PARAGRAPHS = 3;
    /** Site furniture comes in short lines; a longer line is prose (and is not run through the patterns). */
    private static final int MAX_FURNITURE_LINE = 300;
    /** Hard-wrapped text keeps its lines shorter than this; a longer line is a paragraph of its own. */
    private static final int WRAP_WIDTH = 120;
    /** A heading or name line is short; longer lines are prose. */
    private static final int MAX_HEADING_WORDS = 30;

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+\\S");
    private static final Pattern BULLET = Pattern.compile("^[•·▪◦*\\-–]\\s+");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:(?:posted|written|edited|reported|compiled|story|text|words)\\s+by|by|author|authors|byline|reporter|reporters|editor)"
                    + "\\s*:\\s*(.*)$|^by\\s+(\\S.*)$", CI);
    private static final Pattern EDITED_BY = Pattern.compile("^edited\\s+by\\b", CI);
    private static final Pattern LABELLED_DATE = Pattern.compile(
            "^(posted|published|first published|date|dated|released|last updated|updated|modified)(?:\\s+on)?\\s*:?\\s*(.+)$", CI);
    private static final Pattern SIGNATURE = Pattern.compile("^(?:--|—|–|―)\\s*(\\S.*)$");
    private static final Pattern END_MARK = Pattern.compile("^(?:#{3,}|-30-|[–—]\\s*30\\s*[–—]|\\*\\s*\\*\\s*\\*|END)$");
    private static final Pattern SOCIAL_ATTRIBUTION = Pattern.compile(
            "^(?:[—–-]\\s*|a post shared by\\s+).{0,80}?\\(@\\w{1,30}\\)", CI);
    private static final Pattern SOCIAL_LINK = Pattern.compile("pic\\.twitter\\.com/|\\bt\\.co/|instagram\\.com/p/");
    private static final Pattern DATELINE = Pattern.compile(
            "^([A-Z][A-Z'’.]{2,}(?:[ -][A-Z][A-Z'’.]+){0,3})\\s*(?:,\\s*([^–—()\\n]{3,40}?))?\\s*(\\([^)\\n]{1,40}\\)|[A-Z]{2,10})?\\s*(?:--|[–—-])\\s+");
    /** Lines that open or head a comment section. */
    private static final String COMMENT_MARKER_RE =
            "^(?:this forum has been closed|comments are closed|comments? sorting|leave a (?:comment|reply)|post a comment"
                    + "|add (?:a )?comment|join the (?:discussion|conversation)|(?:show|view|hide) comments|\\d+\\s+(?:comments?|responses?|replies)"
                    + "|comments?(?:\\s*\\(\\d+\\))?)\\W*$";
    private static final Pattern COMMENT_MARKER = Pattern.compile(COMMENT_MARKER_RE, Pattern.CASE_INSENSITIVE);
    private static final Pattern BOILERPLATE_LINE = Pattern.compile(String.join("|",
            "^(?:tags?|topics|filed under|categories|category|keywords)\\s*:",
            "^(?:share|share this(?: article| story| post| page)?|share on \\w+|tweet|print|e-?mail|whatsapp|facebook|twitter|linkedin|reddit|telegram)"
                    + "(?:\\s*[|/·•,]\\s*(?:share|tweet|print|e-?mail|whatsapp|facebook|twitter|linkedin|reddit|telegram))*\\W*$",
            "^read (?:more|also|next)\\b",
            "^(?:see also|related|more on this(?: story)?)\\s*:",
            "^(?:click here|follow us|sign up|subscribe|download (?:our|the) app|get the app)\\b",
            "^(?:copyright\\b|©|\\(c\\)\\s*\\d{4})", "\\ball rights reserved\\b",
            COMMENT_MARKER_RE,
            "^(?:in response|reply|report(?: abuse| comment)?|flag|like|recommend)\\W*$"), CI);
    /** Credit lines under pictures: short, with a picture word and a credit word. */
    private static final Pattern CREDIT = Pattern.compile(
            "^(?:photo(?:graph)?|image|graphic|picture|video|illustration|map|chart|infographic)s?\\b.{0,60}?"
                    + "\\b(?:courtesy|credits?|via|source|getty|shutterstock)\\b|^(?:photo|image|picture)\\s*:", CI);
    /** Taglines publishers print under every article, with the publisher they name. */
    private static final String[][] TAGLINES = {
            {"before it's here, it's on the bloomberg terminal", "Bloomberg"},
    };
    private static final Pattern COPYRIGHT_HOLDER = Pattern.compile(
            "^(?:copyright|©|\\(c\\))\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?([\\p{L}][\\p{L}&.’' -]{1,60}?)[.,]?\\s*(?:all rights reserved.*)?$", CI);
    /** A heading that opens a block of site furniture: the heading and the paragraph after it. */
    private static final Pattern SECTION_HEADING = Pattern.compile(
            "^(?:about (?:this|the|our) (?:blog|author|site|website|writer|writers|newsletter|editor|column)|about us|about the authors?"
                    + "|daily e-?mail|(?:newsletter|e-?mail)(?: sign-?up| alerts?| updates| reports)?|related(?: articles| stories| posts| coverage| news)?"
                    + "|more from\\b.*|most (?:read|popular|viewed|shared)|recommended(?: for you)?|trending(?: now)?|you may also like"
                    + "|editor'?s picks|follow (?:us|him|her)\\b.*|subscribe\\b.*)\\W*$", CI);
    /** Phrases only an appeal to the page's readers uses. */
    private static final Pattern APPEAL = Pattern.compile(
            "\\bdear (?:readers?|friends|subscribers)\\b|\\b(?:make|with|by making) a (?:small |one-off |monthly )?donation\\b"
                    + "|\\bsupport (?:our|independent) (?:journalism|reporting|work)\\b|\\bbecome a (?:member|patron|subscriber|supporter)\\b"
                    + "|\\bsubscribe to our\\b|\\bwe have a favou?r to ask\\b|\\bkeep us (?:online|going|independent)\\b", CI);
    private static final Pattern COMMENT_BY = Pattern.compile("^by:\\s*(\\S.{0,60}?)(?:\\s+from:\\s*(.{0,60}))?\\s*$", CI);
    private static final Pattern COMMENT_SAYS = Pattern.compile(
            "^(?:\\d{1,3}[.)]\\s+)?(?:avatar\\s+)?(\\S.{0,60}?)\\s+(?:says|said|wrote|writes)\\s*:\\s*(.*)$", CI);
    private static final Pattern RELATIVE_DATE = Pattern.compile("\\d+\\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\\s+ago", CI);
    private static final Pattern REPLY_MARK = Pattern.compile("^(?:in response|in reply)\\b.{0,60}$", CI);
    private static final Set<String> NAME_PARTICLES = Set.of(
            "de", "da", "del", "della", "di", "van", "von", "der", "den", "al", "el", "bin", "ibn", "le", "la", "du", "and", "y");

    /** The layout of one text, per call. */
    private static final class Page {
        final String text;
        final int[] start;     // first non-blank character of each line
        final int[] end;       // end of each line's last non-blank character
        final int[] indent;    // leading blanks of each line
        final ZoneKind[] kind; // null: blank or not yet classified
        final boolean[] inComments;
        final int[] blockStart;  // first line of each line's block (see blocks())
        final int[] blockEnd;    // line after each line's block
        final List<Segment> segments = new ArrayList<>();
        final List<ReaderComment> comments = new ArrayList<>();
        final List<DateCandidate> dates;
        String title;
        String author;
        int authorRank = Integer.MAX_VALUE;
        String publisher;

        Page(String text, List<DateCandidate> dates) {
            this.text = text;
            this.dates = dates;
            List<int[]> lines = new ArrayList<>();
            int from = 0;
            int n = text.length();
            while (from <= n) {
                int nl = text.indexOf('\n', from);
                int to = nl < 0 ? n : nl;
                int s = from;
                while (s < to && Character.isWhitespace(text.charAt(s))) s++;
                int e = to;
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
                lines.add(new int[] {s, e, s - from});
                if (nl < 0) break;
                from = nl + 1;
            }
            int count = lines.size();
            start = new int[count];
            end = new int[count];
            indent = new int[count];
            for (int i = 0; i < count; i++) {
                start[i] = lines.get(i)[0];
                end[i] = lines.get(i)[1];
                indent[i] = lines.get(i)[2];
            }
            kind = new ZoneKind[count];
            inComments = new boolean[count];
            blockStart = new int[count];
            blockEnd = new int[count];
            blocks();
        }

        /**
         * Blocks are the units a reader sees as paragraphs: the lines between blank lines, except where a
         * page puts one paragraph per line with no blank line between (lines too long to be hard-wrapped),
         * where each line is a block.
         */
        private void blocks() {
            int i = 0;
            while (i < size()) {
                if (blank(i)) { blockStart[i] = i; blockEnd[i] = ++i; continue; }
                int j = i;
                boolean unwrapped = false;
                while (j < size() && !blank(j)) {
                    unwrapped |= end[j] - start[j] >= WRAP_WIDTH;
                    j++;
                }
                for (int k = i; k < j; k++) {
                    blockStart[k] = unwrapped ? k : i;
                    blockEnd[k] = unwrapped ? k + 1 : j;
                }
                i = j;
            }
        }

        int size() { return start.length; }
        boolean blank(int i) { return start[i] == end[i]; }
        String line(int i) { return text.substring(start[i], end[i]); }
        Span span(int i) { return new Span(start[i], end[i]); }

        int nextNonBlank(int i) {
            while (i < size() && blank(i)) i++;
            return i;
        }

        void offerAuthor(String name, int rank) {
            if (name != null && rank < authorRank) { author = name; authorRank = rank; }
        }
    }

    /** A classified stretch of text; comment segments are never merged with neighbours. */
    private record Segment(int start, int end, ZoneKind kind, boolean comment) {}

    private static final int AUTHOR_HEADER = 0, AUTHOR_BYLINE = 1, AUTHOR_SIGNATURE = 2, AUTHOR_END_NAME = 3, AUTHOR_EDITOR = 4;

    /** Zones and comments go into the lists given; date candidates into {@code dates}. */
    Result zone(String text, Hints hints, List<Zone> zones, List<ReaderComment> comments, List<DateCandidate> dates) {
        Page p = new Page(text, dates);
        markHintedRegions(p, hints);
        int headerEnd = header(p, hints);
        if (hints.commentRegions().isEmpty()) markTextComments(p, headerEnd);
        body(p, headerEnd);
        comments(p, hints);
        for (int i = 0; i < p.size(); i++) {
            if (!p.blank(i) && p.kind[i] != null) p.segments.add(new Segment(p.start[i], p.end[i], p.kind[i], false));
        }
        p.segments.sort((a, b) -> Integer.compare(a.start, b.start));
        mergeInto(p, zones);
        comments.addAll(p.comments);
        return new Result(p.title, p.author, p.publisher);
    }

    // ---- header ------------------------------------------------------------------------------

    /** Classifies the page header; returns the index of the first line after it. */
    private static int header(Page p, Hints hints) {
        int titleLine = -1;
        if (hints.title() != null) {
            for (int t = 0; t < p.size(); t++) {
                if (!p.blank(t) && hints.title().overlaps(p.span(t))) {
                    p.kind[t] = ZoneKind.TITLE;
                    if (titleLine < 0) titleLine = t;
                }
            }
        }
        List<Integer> candidates = new ArrayList<>();
        int i = p.nextNonBlank(0);
        for (int seen = 0; i < p.size() && seen < MAX_HEADER_LINES; i = p.nextNonBlank(i + 1), seen++) {
            if (p.inComments[i]) break;
            if (p.kind[i] != null) continue;
            String line = p.line(i);
            if (dateLine(p, i, true) || bylineLine(p, i, AUTHOR_HEADER)) continue;
            if (isProse(line)) break;
            if (BULLET.matcher(line).find()) { p.kind[i] = ZoneKind.BODY; continue; }
            if (boilerplateLine(p, i)) continue;
            if (MARKDOWN_HEADING.matcher(line).find() && titleLine < 0) { titleLine = i; continue; }
            if (words(line) >= 2 && words(line) <= MAX_HEADING_WORDS && !line.endsWith(".")) candidates.add(i);
            else p.kind[i] = ZoneKind.BODY;
        }
        if (titleLine < 0) titleLine = chooseTitle(p, candidates);
        if (titleLine >= 0) p.kind[titleLine] = ZoneKind.TITLE;
        for (int c : candidates) {
            if (c != titleLine) p.kind[c] = words(p.line(c)) <= 5 ? ZoneKind.BOILERPLATE : ZoneKind.BODY;
        }
        StringBuilder title = new StringBuilder();
        for (int t = 0; t < p.size(); t++) {
            if (p.kind[t] == ZoneKind.TITLE) title.append(title.isEmpty() ? "" : " ").append(p.line(t).replaceFirst("^#{1,6}\\s+", "").strip());
        }
        if (!title.isEmpty()) p.title = title.toString();
        return i;
    }

    /** The first candidate of four words or more (kickers are shorter), else the longest. */
    private static int chooseTitle(Page p, List<Integer> candidates) {
        int longest = -1;
        for (int c : candidates) {
            int w = words(p.line(c));
            if (w >= 4) return c;
            if (longest < 0 || w > words(p.line(longest))) longest = c;
        }
        return longest;
    }

    private static boolean isProse(String line) {
        int w = words(line);
        if (w >= 25) return true;
        char last = line.charAt(line.length() - 1);
        return w >= 12 && ".!?\"”’)…".indexOf(last) >= 0;
    }

    // ---- lines anywhere ----------------------------------------------------------------------

    /** A line that is only a date, or a labelled date ("Posted on: ..."): DATELINE and a candidate. */
    private static boolean dateLine(Page p, int i, boolean inHeader) {
        String line = p.line(i);
        Matcher m = LABELLED_DATE.matcher(line);
        if (m.matches()) {
            DateParser.Found f = DateParser.whole(m.group(2));
            if (f != null) {
                String label = m.group(1).toLowerCase(Locale.ROOT);
                DateSource source = label.contains("updated") || label.equals("modified") ? DateSource.UPDATED : DateSource.LABELLED;
                String written = line.substring(0, m.start(2)).strip();
                p.dates.add(source.candidate(f.iso(), written, shift(f, p.start[i] + m.start(2))));
                p.kind[i] = ZoneKind.DATELINE;
                return true;
            }
        }
        DateParser.Found f = DateParser.whole(line);
        if (f == null) return false;
        if (inHeader) p.dates.add(DateSource.HEADER_LINE.candidate(f.iso(), null, shift(f, p.start[i])));
        p.kind[i] = ZoneKind.DATELINE;
        return true;
    }

    private static Span shift(DateParser.Found f, int base) { return new Span(base + f.start(), base + f.end()); }

    /** "By X", "Posted by:", "Edited by:" lines: BYLINE, and the name as author. */
    private static boolean bylineLine(Page p, int i, int rank) {
        String line = p.line(i);
        Matcher m = BYLINE.matcher(line);
        if (!m.matches()) return false;
        String rest = m.group(1) != null ? m.group(1) : m.group(2);
        String name = personName(rest);
        if (m.group(2) != null && name == null) return false;   // "By then, ..." is prose
        p.kind[i] = ZoneKind.BYLINE;
        p.offerAuthor(name, EDITED_BY.matcher(line).find() ? AUTHOR_EDITOR : rank);
        return true;
    }

    /** The name in a byline's rest ("Jim Davis, Reuters" -> "Jim Davis"), or null when it is no name. */
    private static String personName(String rest) {
        if (rest == null) return null;
        String name = rest.split("\\s*(?:[,|•/]|\\s[-–—]\\s|\\s+on\\s+)")[0].strip();
        if (name.isEmpty() || name.length() > 60) return null;
        String[] parts = name.split("\\s+");
        if (parts.length > 6) return null;
        boolean capital = false;
        for (String w : parts) {
            if (w.chars().anyMatch(Character::isDigit)) return null;
            if (Character.isUpperCase(w.codePointAt(0))) capital = true;
            else if (!NAME_PARTICLES.contains(w.toLowerCase(Locale.ROOT))) return null;
        }
        return capital ? name : null;
    }

    private static boolean boilerplateLine(Page p, int i) {
        if (p.end[i] - p.start[i] > MAX_FURNITURE_LINE) return false;
        String line = p.line(i);
        String straight = line.replace('’', '\'');
        for (String[] tag : TAGLINES) {
            if (straight.regionMatches(true, 0, tag[0], 0, tag[0].length())) {
                p.kind[i] = ZoneKind.BOILERPLATE;
                if (p.publisher == null) p.publisher = tag[1];
                return true;
            }
        }
        if (BOILERPLATE_LINE.matcher(line).find() || (words(line) <= 12 && CREDIT.matcher(line).find())) {
            Matcher c = COPYRIGHT_HOLDER.matcher(line);
            if (c.matches() && p.publisher == null) p.publisher = c.group(1).strip();
            p.kind[i] = ZoneKind.BOILERPLATE;
            return true;
        }
        return false;
    }

    // ---- body --------------------------------------------------------------------------------

    private static void body(Page p, int from) {
        int blocks = 0;
        boolean afterEndMark = false;
        boolean inSection = false;    // inside a block opened by a boilerplate section heading
        String previous = null;
        for (int i = p.nextNonBlank(from); i < p.size(); i = p.nextNonBlank(i + 1)) {
            if (p.inComments[i]) { previous = null; continue; }
            boolean blockStart = p.blockStart[i] == i;
            if (blockStart && inSection && p.kind[i] == null && !isSectionHeading(p.line(i))) {
                // a section heading's furniture is the heading and the block after it
                markBlock(p, i, ZoneKind.BOILERPLATE);
                inSection = false;
                i = p.blockEnd[i] - 1;
                continue;
            }
            if (p.kind[i] != null) { previous = p.line(i); continue; }
            String line = p.line(i);
            if (blockStart && APPEAL.matcher(p.text).region(p.start[i], p.end[p.blockEnd[i] - 1]).find()) {
                markBlock(p, i, ZoneKind.BOILERPLATE);
                i = p.blockEnd[i] - 1;
                continue;
            }
            if (isSectionHeading(line) && words(line) <= 6) {
                p.kind[i] = ZoneKind.BOILERPLATE;
                inSection = true;
                continue;
            }
            inSection = false;
            if (line.equals(previous)) { p.kind[i] = ZoneKind.BOILERPLATE; continue; }   // a caption repeated as alt text
            previous = line;
            if (dateLine(p, i, false) || bylineLine(p, i, AUTHOR_BYLINE) || signature(p, i) || socialPost(p, i) || boilerplateLine(p, i)) continue;
            if (END_MARK.matcher(line).matches()) { p.kind[i] = ZoneKind.BOILERPLATE; afterEndMark = true; continue; }
            if (afterEndMark && personName(line) != null && words(line) <= 4) {
                p.kind[i] = ZoneKind.BYLINE;
                p.offerAuthor(line, AUTHOR_END_NAME);
                continue;
            }
            p.kind[i] = ZoneKind.BODY;
            if (blockStart && blocks++ < DATELINE_PARAGRAPHS) dateline(p, i);
        }
    }

    private static boolean isSectionHeading(String line) {
        return SECTION_HEADING.matcher(line).matches() && !line.endsWith(".");
    }

    /** "-- Name" alone on a line signs the article. */
    private static boolean signature(Page p, int i) {
        Matcher m = SIGNATURE.matcher(p.line(i));
        if (!m.matches()) return false;
        String name = personName(m.group(1));
        if (name == null || !name.equals(m.group(1).strip())) return false;
        p.kind[i] = ZoneKind.BYLINE;
        p.offerAuthor(name, AUTHOR_SIGNATURE);
        return true;
    }

    /**
     * An embedded post: "— NAME (@handle) DATE" and the post's text on the line just above it (which,
     * when a blank line separates them, must carry a link to the post to be taken).
     */
    private static boolean socialPost(Page p, int i) {
        if (!SOCIAL_ATTRIBUTION.matcher(p.line(i)).find()) return false;
        p.kind[i] = ZoneKind.BOILERPLATE;
        int j = i - 1;
        while (j >= 0 && p.blank(j)) j--;
        if (j >= 0 && p.kind[j] == ZoneKind.BODY && (j == i - 1 || SOCIAL_LINK.matcher(p.line(j)).find())) {
            p.kind[j] = ZoneKind.BOILERPLATE;
        }
        return true;
    }

    /** Splits a dateline off the start of a body line: DATELINE up to the dash, BODY after it. */
    private static void dateline(Page p, int i) {
        Matcher m = DATELINE.matcher(p.line(i));
        if (!m.find()) return;
        int base = p.start[i];
        if (m.group(2) != null) {
            DateParser.Found f = DateParser.whole(m.group(2));
            if (f != null) p.dates.add(DateSource.DATELINE.candidate(f.iso(), null, shift(f, base + m.start(2))));
        }
        int dash = base + m.end();
        while (dash > base && Character.isWhitespace(p.text.charAt(dash - 1))) dash--;
        p.segments.add(new Segment(base, dash, ZoneKind.DATELINE, false));
        int bodyStart = base + m.end();
        p.kind[i] = null;
        if (bodyStart < p.end[i]) p.segments.add(new Segment(bodyStart, p.end[i], ZoneKind.BODY, false));
    }

    private static void markBlock(Page p, int i, ZoneKind kind) {
        for (int j = i; j < p.blockEnd[i] && !p.inComments[j]; j++) p.kind[j] = kind;
    }

    // ---- comments ----------------------------------------------------------------------------

    private record Header(String author, String date, int lines) {}

    /** A comment header at line i: author, date (ISO, or as written) and how many lines it takes. */
    private static Header commentHeader(Page p, int i) {
        String line = p.line(i);
        Matcher m = COMMENT_BY.matcher(line);
        String author;
        String rest = "";
        if (m.matches()) {
            author = m.group(1).strip();
        } else {
            m = COMMENT_SAYS.matcher(line);
            if (!m.matches() || words(m.group(1)) > 6 || m.group(1).matches(".*[.!?\"“”:].*")) return null;
            author = m.group(1).strip();
            rest = m.group(2).strip();
            if (!rest.isEmpty() && DateParser.whole(rest) == null) return null;
        }
        if (!rest.isEmpty()) return new Header(author, commentDate(rest), 1);
        int next = p.nextNonBlank(i + 1);
        if (next < p.size()) {
            String date = p.line(next);
            if (DateParser.whole(date) != null || RELATIVE_DATE.matcher(date).matches()) {
                return new Header(author, commentDate(date), next - i + 1);
            }
        }
        return new Header(author, null, 1);
    }

    private static String commentDate(String written) {
        DateParser.Found f = DateParser.whole(written);
        return f != null ? f.withTime() : written;
    }

    /** Lines inside the page's comment regions are comment lines; inside its furniture, BOILERPLATE. */
    private static void markHintedRegions(Page p, Hints hints) {
        for (int i = 0; i < p.size(); i++) {
            if (p.blank(i)) continue;
            Span line = p.span(i);
            for (Span region : hints.commentRegions()) if (region.contains(line)) p.inComments[i] = true;
            for (Span region : hints.boilerplateRegions()) if (region.contains(line)) p.kind[i] = ZoneKind.BOILERPLATE;
        }
    }

    /**
     * Finds the comment section of a text page: it starts at the first comment header after the page
     * header that follows a comment-section marker or begins a run of at least two headers.
     */
    private static void markTextComments(Page p, int headerEnd) {
        int first = -1;
        int headers = 0;
        boolean marker = false;
        for (int i = p.nextNonBlank(headerEnd); i < p.size(); i = p.nextNonBlank(i + 1)) {
            if (commentHeader(p, i) != null) {
                if (first < 0) first = i;
                if (++headers >= 2 || marker) break;
            } else if (first < 0 && COMMENT_MARKER.matcher(p.line(i)).find()) {
                marker = true;
            }
        }
        if (first < 0 || (headers < 2 && !marker)) return;
        for (int i = first; i < p.size(); i++) p.inComments[i] = !p.blank(i);
    }

    /** The comment being read: where its zone and its text start and end. */
    private static final class OpenComment {
        final int index;
        final int zoneStart;
        int textStart = -1;
        int textEnd = -1;
        int lastEnd;

        OpenComment(int index, int zoneStart, int lastEnd) {
            this.index = index;
            this.zoneStart = zoneStart;
            this.lastEnd = lastEnd;
        }

        void add(int start, int end) {
            if (textStart < 0) textStart = start;
            textEnd = end;
            lastEnd = end;
        }
    }

    /**
     * Splits the comment lines into comments. Lines between comments that are no comment's text
     * (markers, "In Response", an "About this blog" block after the comments) are BOILERPLATE. An HTML
     * comment region with no recognisable comment header becomes one comment without author.
     */
    private static void comments(Page p, Hints hints) {
        boolean[] regionHasHeader = new boolean[hints.commentRegions().size()];
        markupComments(p, hints, regionHasHeader);
        for (int i = 0; i < p.size(); i++) {
            if (p.inComments[i] && commentHeader(p, i) != null) {
                int r = regionOf(hints, p.start[i]);
                if (r >= 0) regionHasHeader[r] = true;
            }
        }
        OpenComment open = null;
        boolean furniture = false;  // after a section heading, until the next header
        int replyTo = -1;           // the comment an "In Response" marker points the next one to
        int regionCommented = -1;   // the header-less region already given its comment
        List<int[]> thread = new ArrayList<>();   // {indent, comment index} of the open thread
        for (int i = 0; i < p.size(); i++) {
            if (p.blank(i)) continue;
            if (!p.inComments[i]) {
                open = close(p, open);
                continue;
            }
            String line = p.line(i);
            Header h = commentHeader(p, i);
            if (h != null) {
                close(p, open);
                furniture = false;
                while (!thread.isEmpty() && thread.get(thread.size() - 1)[0] >= p.indent[i]) thread.remove(thread.size() - 1);
                int parent = replyTo >= 0 ? replyTo : thread.isEmpty() ? -1 : thread.get(thread.size() - 1)[1];
                replyTo = -1;
                int index = p.comments.size();
                p.comments.add(new ReaderComment(new Span(p.start[i], p.start[i]), h.author(), h.date(), parent));
                thread.add(new int[] {p.indent[i], index});
                int last = i + h.lines() - 1;
                open = new OpenComment(index, p.start[i], p.end[last]);
                for (int k = i; k <= last; k++) p.kind[k] = null;
                i = last;
                continue;
            }
            if (REPLY_MARK.matcher(line).matches()) {
                open = close(p, open);
                p.kind[i] = ZoneKind.BOILERPLATE;
                replyTo = p.comments.size() - 1;
                continue;
            }
            if (isSectionHeading(line) && words(line) <= 6) {
                open = close(p, open);
                furniture = true;
            }
            int region = regionOf(hints, p.start[i]);
            if (open == null && !furniture && region >= 0 && !regionHasHeader[region] && region != regionCommented) {
                regionCommented = region;
                int index = p.comments.size();
                p.comments.add(new ReaderComment(new Span(p.start[i], p.start[i]), null, null, -1));
                open = new OpenComment(index, p.start[i], p.start[i]);
            }
            if (open == null) {
                p.kind[i] = ZoneKind.BOILERPLATE;
            } else {
                p.kind[i] = null;
                open.add(p.start[i], p.end[i]);
            }
        }
        close(p, open);
    }

    /**
     * Comments the HTML markup delimits. Author and date come from the markup, else from a text header
     * ("Tom says:") on the comment's first line. Their lines leave the comment lines the text rules split.
     */
    private static void markupComments(Page p, Hints hints, boolean[] regionHasComment) {
        int base = p.comments.size();
        for (HtmlExtractor.CommentItem item : hints.commentItems()) {
            int first = -1;
            int last = -1;
            for (int i = firstLineFrom(p, item.span().start()); i < p.size() && p.start[i] <= item.span().end(); i++) {
                if (p.blank(i) || p.end[i] > item.span().end()) continue;
                if (first < 0) first = i;
                last = i;
                p.inComments[i] = false;
                p.kind[i] = null;
            }
            String author = item.author();
            String date = item.date() == null ? null : commentDate(item.date());
            int contentStart = item.contentStart();
            Header h = first >= 0 && (author == null || date == null) ? commentHeader(p, first) : null;
            if (h != null && first + h.lines() - 1 > last) h = new Header(h.author(), null, 1);   // its "date" is the next comment's
            if (h != null) {
                if (author == null) author = h.author();
                if (date == null) date = h.date();
                int after = first + h.lines();
                if (contentStart == item.span().start()) contentStart = after <= last ? p.start[p.nextNonBlank(after)] : item.span().end();
            }
            int end = item.span().end();
            Span text = contentStart < end ? new Span(contentStart, end) : new Span(end, end);
            p.comments.add(new ReaderComment(text, author, date, item.parent() < 0 ? -1 : base + item.parent()));
            p.segments.add(new Segment(item.span().start(), end, ZoneKind.COMMENT, true));
            int r = regionOf(hints, item.span().start());
            if (r >= 0) regionHasComment[r] = true;
        }
    }

    /** The first line starting at or after offset (binary search: line starts ascend). */
    private static int firstLineFrom(Page p, int offset) {
        int lo = 0;
        int hi = p.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (p.start[mid] < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static int regionOf(Hints hints, int offset) {
        List<Span> regions = hints.commentRegions();
        for (int r = 0; r < regions.size(); r++) {
            if (regions.get(r).start() <= offset && offset < regions.get(r).end()) return r;
        }
        return -1;
    }

    /** Ends the open comment, if any: its text span and its COMMENT zone. Returns null (nothing open). */
    private static OpenComment close(Page p, OpenComment c) {
        if (c == null) return null;
        ReaderComment rc = p.comments.get(c.index);
        Span text = c.textStart < 0 ? new Span(c.lastEnd, c.lastEnd) : new Span(c.textStart, c.textEnd);
        p.comments.set(c.index, new ReaderComment(text, rc.author(), rc.date(), rc.repliesTo()));
        p.segments.add(new Segment(c.zoneStart, c.lastEnd, ZoneKind.COMMENT, true));
        return null;
    }

    // ---- zones -------------------------------------------------------------------------------

    /** Joins neighbouring segments of one kind (comments excepted) into zones. */
    private static void mergeInto(Page p, List<Zone> zones) {
        Segment open = null;
        for (Segment s : p.segments) {
            if (open != null && open.kind == s.kind && !open.comment && !s.comment && s.start >= open.end) {
                open = new Segment(open.start, Math.max(open.end, s.end), open.kind, false);
                continue;
            }
            if (open != null) zones.add(new Zone(new Span(open.start, open.end), open.kind));
            open = s;
        }
        if (open != null) zones.add(new Zone(new Span(open.start, open.end), open.kind));
    }

    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (!ws && !in) n++;
            in = !ws;
        }
        return n;
    }
}
