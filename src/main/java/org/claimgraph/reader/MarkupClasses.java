package org.claimgraph.reader;

import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * What an HTML element's id and class names say it is: a comment section, a single comment, a comment's
 * author, date or buttons, or site furniture (share bars, related links, newsletters, ads, tags).
 */
final class MarkupClasses {
    private MarkupClasses() {}

    /** Containers never taken for a comment or boilerplate region, whatever their classes say. */
    static final Set<String> CONTAINERS = Set.of("html", "body", "main", "article");
    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final Pattern COMMENT_CLASS = Pattern.compile("comment|disqus|discussion", CI);
    /** Class tokens about the comment feature rather than a comment section ("comments-open", "comment-count"). */
    private static final Pattern COMMENT_FEATURE = Pattern.compile(
            "comments?-(?:open|closed|count|link|number|icon|button|toggle)|no-?comments?|has-comments?", CI);
    /** A single comment's element: class "comment", "c-comment", "comment-item", "commentEntry", id "comment-123". */
    private static final Pattern COMMENT_ITEM_CLASS = Pattern.compile("^(?:[a-z]+[-_])?comment(?:[-_]?(?:item|entry|\\d+))?$", CI);
    private static final Pattern COMMENT_ITEM_ID = Pattern.compile("^comment[-_]?\\d+$", CI);
    private static final Pattern COMMENT_AUTHOR_CLASS = Pattern.compile("author|user|username|nickname|^fn$|^name$", CI);
    private static final Pattern COMMENT_DATE_CLASS = Pattern.compile("date|time|published", CI);
    /** Buttons inside comments ("Reply", "Report", "Like") are controls, not text. */
    private static final Pattern COMMENT_CONTROL_CLASS = Pattern.compile("(?:^|[-_])(?:reply|respond|report|like|vote|flag)(?:[-_]|$|-link)", CI);
    private static final Pattern BOILERPLATE_CLASS = Pattern.compile(
            "(?:^|[-_])" + WordPatterns.anyOf("furniture-classes.txt") + "(?:[-_]|$)", CI);

    static boolean isCommentSection(Element e) {
        return matchesClass(e, COMMENT_CLASS) && !matchesClass(e, COMMENT_FEATURE);
    }

    static boolean insideCommentSection(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (!CONTAINERS.contains(a.normalName()) && isCommentSection(a)) return true;
        }
        return false;
    }

    static boolean isFurniture(Element e) { return matchesClass(e, BOILERPLATE_CLASS); }

    static boolean isCommentItem(Element e) {
        return COMMENT_ITEM_ID.matcher(e.id()).matches() || e.classNames().stream().anyMatch(c -> COMMENT_ITEM_CLASS.matcher(c).matches());
    }

    static boolean isCommentAuthor(Element e) { return matchesClass(e, COMMENT_AUTHOR_CLASS); }

    static boolean isCommentDate(Element e) { return e.normalName().equals("time") || matchesClass(e, COMMENT_DATE_CLASS); }

    /** A reply, report or like button (a link or span) inside a comment. */
    static boolean isCommentControl(Element e) {
        String tag = e.normalName();
        return (tag.equals("a") || tag.equals("span")) && matchesClass(e, COMMENT_CONTROL_CLASS);
    }

    private static boolean matchesClass(Element e, Pattern p) {
        if (!e.id().isEmpty() && p.matcher(e.id()).find()) return true;
        for (String c : e.classNames()) if (p.matcher(c).find()) return true;
        return false;
    }
}
