package org.claimgraph.reader;

import java.util.Set;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.claimgraph.language.Models;

/**
 * Is the article English? OpenNLP's language detector (Apache's langdetect-183 model, ISO 639-3 codes)
 * over the article body. Short texts are guessed poorly, so text is only refused when there is enough
 * of it and the detector is clearly sure: English is what claimgraph is built for, and a wrongly
 * refused English article loses more than a short foreign one let through. Prose full of English function
 * words is English without asking the detector, which was most of the reader's cost.
 */
final class LanguageCheck {
    static final String ENGLISH = "eng";
    /** Bodies shorter than this are accepted: a headline-sized text is too short to judge. */
    static final int MIN_CHARS = 200;
    /**
     * Bodies with fewer characters of lower-case words are accepted: a table or a list of names has too
     * little prose to judge (German prose, which capitalizes its nouns, has over 150 in 300 characters).
     */
    static final int MIN_PROSE_CHARS = 100;
    /**
     * The detector reads at most this much: 150 words show a text's language as well as 1,500 do, and
     * the detector's cost grows with the text (it was the reader's largest cost at 20,000).
     */
    static final int MAX_CHARS = 1_000;
    /** A non-English guess must beat English by this factor before the text is refused. */
    static final double MARGIN = 2.0;
    /**
     * A sample with at least this share of English function words is English: English news prose has
     * 0.18 to 0.35 of its lower-case words among them, prose of other languages under 0.03.
     */
    static final double ENGLISH_WORD_SHARE = 0.10;
    private static final Set<String> ENGLISH_WORDS = Set.copyOf(WordPatterns.list("english-function-words.txt"));

    /**
     * The detector's model, loaded when a text first needs it: English prose never does, and reading the
     * 10 MB model was a third of a one-article run's work.
     */
    private static final class Detector {
        static final LanguageDetectorModel MODEL = Models.load("langdetect-183.bin", LanguageDetectorModel::new);
    }

    /** The detector keeps no state between calls but is not documented thread-safe: one per thread. */
    private final ThreadLocal<LanguageDetectorME> detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(Detector.MODEL));

    /**
     * The ISO 639-3 code of a clearly non-English text, or null when the text is (or may be) English. The
     * detector reads the words written in lower case: names and numbers tell nothing of the language a
     * text is written in, and a results table of Spanish golfers' names was read as Spanish. A text with
     * too few such words (a table, a list) is accepted.
     */
    String foreignLanguage(CharSequence body) {
        if (body.length() < MIN_CHARS) return null;
        Sample sample = lowerCaseWords(body);
        if (sample.text.length() < MIN_PROSE_CHARS || sample.english >= ENGLISH_WORD_SHARE * sample.words) return null;
        Language[] ranked = detector.get().predictLanguages(sample.text);
        if (ranked.length == 0 || ENGLISH.equals(ranked[0].getLang())) return null;
        double english = 0;
        for (Language l : ranked) if (ENGLISH.equals(l.getLang())) english = l.getConfidence();
        return ranked[0].getConfidence() >= MARGIN * english ? ranked[0].getLang() : null;
    }

    /** The words a text writes in lower case, how many, and how many of them are English function words. */
    private record Sample(CharSequence text, int words, int english) {}

    /** The words of a text that start with a lower-case letter, joined by spaces, up to {@link #MAX_CHARS}. */
    private static Sample lowerCaseWords(CharSequence text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS));
        int words = 0, english = 0;
        int n = text.length();
        int i = 0;
        while (i < n && out.length() < MAX_CHARS) {
            while (i < n && !Character.isLetter(text.charAt(i))) i++;
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) i++;
            if (start < n && Character.isLowerCase(text.charAt(start))) {
                if (!out.isEmpty()) out.append(' ');
                out.append(text, start, Math.min(i, start + MAX_CHARS - out.length()));
                words++;
                int end = i;
                while (end > start && !Character.isLetter(text.charAt(end - 1))) end--;
                if (end - start <= 7 && ENGLISH_WORDS.contains(text.subSequence(start, end).toString())) english++;
            }
        }
        return new Sample(out, words, english);
    }
}
