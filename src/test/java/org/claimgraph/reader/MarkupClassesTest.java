package org.claimgraph.reader;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkupClassesTest {
    private static Element element(String html) { return Jsoup.parse(html).body().child(0); }

    @Test
    void furnitureWordsCountOnlyAsWholePartsOfAName() {
        assertTrue(MarkupClasses.isFurniture(element("<div class='share-bar'></div>")));
        assertTrue(MarkupClasses.isFurniture(element("<div id='ad_slot'></div>")));
        assertTrue(MarkupClasses.isFurniture(element("<ul class='Tag-List'></ul>")));
        assertFalse(MarkupClasses.isFurniture(element("<div class='header shared-content'></div>")));
    }

    @Test
    void aCommentSectionIsNotTheCommentCounter() {
        assertTrue(MarkupClasses.isCommentSection(element("<section id='comments'></section>")));
        assertFalse(MarkupClasses.isCommentSection(element("<span class='comments-count'></span>")));
        assertTrue(MarkupClasses.isCommentItem(element("<li class='c-comment'></li>")));
        assertTrue(MarkupClasses.isCommentItem(element("<div id='comment-123'></div>")));
        assertTrue(MarkupClasses.isCommentControl(element("<a class='comment-reply-link'></a>")));
    }
}
