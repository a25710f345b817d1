package org.claimgraph.reader;

import java.util.regex.Pattern;

import org.claimgraph.doc.ZoneKind;

/**
 * The body after the page header: the article's own text (BODY) told apart, line by line, from datelines,
 * bylines and signatures, furniture sections and paragraphs, embedded posts, and a name after an end
 * mark ("###").
 */
final class BodyZoner {
    /** Body blocks in which a dateline may open: datelines open the story, not its middle. */
    private static final int DATELINE_PARAGRAPHS = 3;
    private static final Pattern END_MARK = Pattern.compile("^(?:#{3,}|-30-|[–—]\\s*30\\s*[–—]|\\*\\s*\\*\\s*\\*|END)$");

    private final ZonedPage p;
    private int blocks;               // body blocks seen, for datelines
    private boolean afterEndMark;
    private boolean inSection;        // inside a block opened by a boilerplate section heading
    private String previous;          // the last body line, to drop a caption repeated as alt text

    BodyZoner(ZonedPage p) { this.p = p; }

    void zone(int from) {
        for (int i = p.nextNonBlank(from); i < p.size(); i = p.nextNonBlank(i + 1)) {
            if (p.inComments[i]) { previous = null; continue; }
            boolean blockStart = p.blockStart[i] == i;
            if (blockStart && inSection && p.kind[i] == null && !BoilerplateLines.isSectionHeading(p.line(i))) {
                // a section heading's furniture is the heading and the block after it
                p.markBlock(i, ZoneKind.BOILERPLATE);
                inSection = false;
                i = p.blockEnd[i] - 1;
                continue;
            }
            if (p.kind[i] != null) { previous = p.line(i); continue; }
            if (blockStart && BoilerplateLines.isAppeal(p, i)) {
                p.markBlock(i, ZoneKind.BOILERPLATE);
                i = p.blockEnd[i] - 1;
                continue;
            }
            line(i, blockStart);
        }
    }

    /** Classifies an unclassified body line i. */
    private void line(int i, boolean blockStart) {
        String line = p.line(i);
        if (BoilerplateLines.isShortSectionHeading(line)) {
            p.kind[i] = ZoneKind.BOILERPLATE;
            inSection = true;
            return;
        }
        inSection = false;
        if (line.equals(previous)) { p.kind[i] = ZoneKind.BOILERPLATE; return; }   // a caption repeated as alt text
        previous = line;
        if (DateLines.dateLine(p, i, false) || Bylines.byline(p, i, ZonedPage.AUTHOR_BYLINE) || Bylines.signature(p, i)
                || BoilerplateLines.socialPost(p, i) || BoilerplateLines.boilerplateLine(p, i)) return;
        if (END_MARK.matcher(line).matches()) { p.kind[i] = ZoneKind.BOILERPLATE; afterEndMark = true; return; }
        if (afterEndMark && Bylines.personName(line) != null && PageLines.words(line) <= 4) {
            p.kind[i] = ZoneKind.BYLINE;
            p.offerAuthor(line, ZonedPage.AUTHOR_END_NAME);
            return;
        }
        p.kind[i] = ZoneKind.BODY;
        if (blockStart && blocks++ < DATELINE_PARAGRAPHS) DateLines.splitDateline(p, i);
    }
}
