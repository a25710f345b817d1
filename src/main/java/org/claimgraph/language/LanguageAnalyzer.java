package org.claimgraph.language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.Sentence;
import org.claimgraph.doc.Token;
import org.claimgraph.doc.ZoneKind;
import org.claimgraph.pipeline.Component;

/**
 * Sentences, tokens, UD part-of-speech tags and lemmas from Apache's OpenNLP English models.
 * Lemmas are cached by (word, tag): the lemmatizer model costs three times the rest of this stage
 * together when run over every sentence, and news vocabulary repeats. A cache miss runs the model on
 * the word after the one before it, which gives the same lemma as the whole sentence does (measured
 * on the seeds: 0 differences in 4,865 tokens; the word alone differed in 29).
 * Line breaks that end a paragraph, a headline or a list item always end a sentence: news pages put
 * titles and bylines on lines of their own without a full stop. Models load once; the OpenNLP
 * tools are not thread-safe, so each thread gets its own (one analyzer serves many threads).
 */
public final class LanguageAnalyzer implements Component {
    static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    /**
     * The tokenizer model, also used to cut the name finder's training corpus. The trainer runs its classifier
     * at every character, without {@link #PLAIN_WORD}: the two cuts differ only on numbers the classifier
     * splits, and retraining on the 9 tokens that changed moved the name scores by chance (0.851 to 0.848
     * on eight CoNLL samples, 0.901 unchanged on a ninth), so the shipped model stays as trained.
     */
    public static final String TOKENIZER_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMA = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    /** Where OpenNLP's model packages keep the classifier itself (package-private names in OpenNLP). */
    private static final String TOKENIZER_ARTIFACT = "token.model";

    /**
     * A word of letters only, or of digits only, that the tokenizer keeps whole without asking its
     * classifier at every character: 3.4 times faster, and on 14,288 sentences of news the tokens were the
     * same but for two numbers the classifier had cut in two ("3518" as "35" "18"). Mixed words ("10km",
     * "F16", "1990s") still go to the classifier.
     */
    private static final Pattern PLAIN_WORD = Pattern.compile("^(?:[A-Za-z]+|[0-9]+)$");

    private static final int LEMMA_CACHE_LIMIT = 500_000;

    private final ThreadLocal<Tools> tools;
    private final Map<String, String> lemmaCache = new ConcurrentHashMap<>();

    /**
     * The four models, loaded once for all analyzers, side by side in the background (and beside the name
     * model): the first document waits for them, while the command reads its options and its input. They
     * stay for the JVM's life (with the name model and word lists about 36 MB of heap), also in the server
     * of `up` after its ingest.
     */
    private static final class Shared {
        static final Supplier<SentenceModel> SENTENCES = Models.loadInBackground(SENTENCE_MODEL, SentenceModel::new);
        static final Supplier<TokenizerModel> TOKENS = Models.loadInBackground(TOKENIZER_MODEL, in -> plainWordsWhole(new TokenizerModel(in)));
        static final Supplier<POSModel> TAGS = Models.loadInBackground(POS, POSModel::new);
        static final Supplier<LemmatizerModel> LEMMAS = Models.loadInBackground(LEMMA, LemmatizerModel::new);

        /** Does nothing but have the class initialised, which starts the loads. */
        static void start() {}
    }

    public LanguageAnalyzer() {
        Shared.start();
        tools = ThreadLocal.withInitial(() -> new Tools(new SentenceDetectorME(Shared.SENTENCES.get()),
                new TokenizerME(Shared.TOKENS.get()), new Tagger(Shared.TAGS.get()), new Lemmatizer(Shared.LEMMAS.get())));
    }

    /** Starts loading the models, if nothing has yet. */
    public static void preload() { Shared.start(); }

    /** The tokenizer's own classifier, set to keep {@link #PLAIN_WORD}s whole, scoring without probabilities ({@link ScoringGisModel}). */
    private static TokenizerModel plainWordsWhole(TokenizerModel model) {
        TokenizerFactory factory = new TokenizerFactory(model.getLanguage(), model.getAbbreviations(), true, PLAIN_WORD);
        return new TokenizerModel(new ScoringGisModel((GISModel) model.getArtifact(TOKENIZER_ARTIFACT)), Map.of(), factory);
    }

    private record Tools(SentenceDetectorME sentences, TokenizerME tokenizer, Tagger tagger, Lemmatizer lemmatizer) {}

    @Override
    public void process(Document doc) {
        String text = doc.text();
        Tools t = tools.get();
        List<Sentence> out = doc.sentences();
        int[] zoneEdges = zoneEdges(doc);
        int lineStart = 0;
        int n = text.length();
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = n;
            // A zone edge inside a line (a dateline, then the story) also ends a sentence.
            int from = lineStart;
            for (int edge : zoneEdges) {
                if (edge > from && edge < lineEnd) {
                    analyzeLine(doc, t, from, edge, out);
                    from = edge;
                }
            }
            if (lineEnd > from) analyzeLine(doc, t, from, lineEnd, out);
            lineStart = lineEnd + 1;
        }
    }

    private static int[] zoneEdges(Document doc) {
        return doc.zones().stream().flatMapToInt(z -> java.util.stream.IntStream.of(z.span().start(), z.span().end()))
                .sorted().distinct().toArray();
    }

    private void analyzeLine(Document doc, Tools t, int from, int to, List<Sentence> out) {
        String line = doc.text().substring(from, to);
        if (line.isBlank()) return;
        for (Span s : acrossInitials(line, t.sentences.sentPosDetect(line))) {
            String sentenceText = s.getCoveredText(line).toString();
            Span[] tokenSpans = t.tokenizer.tokenizePos(sentenceText);
            if (tokenSpans.length == 0) continue;
            String[] words = new String[tokenSpans.length];
            for (int i = 0; i < words.length; i++) words[i] = tokenSpans[i].getCoveredText(sentenceText).toString();
            String[] tags = t.tagger.tag(words);
            int base = from + s.getStart();
            List<Token> tokens = new ArrayList<>(words.length);
            for (int i = 0; i < words.length; i++) {
                org.claimgraph.doc.Span span = new org.claimgraph.doc.Span(base + tokenSpans[i].getStart(), base + tokenSpans[i].getEnd());
                tokens.add(new Token(span, words[i], tags[i], lemma(t.lemmatizer, words, tags, i)));
            }
            org.claimgraph.doc.Span sentenceSpan = new org.claimgraph.doc.Span(base, from + s.getEnd());
            ZoneKind zone = doc.zoneAt(base);
            out.add(new Sentence(out.size(), sentenceSpan, List.copyOf(tokens), zone));
        }
    }

    /**
     * The sentence model ends a sentence at an initial's full stop ("drawn up by H." | "Dalton Marsh
     * said"), after an abbreviated title ("Gov." | "Tomas Harkavy") and after "Jr." ("Hendley Jr." |
     * "told reporters"). An initial or such a title, then one space and a capitalized word that does not
     * open sentences by itself, is a name running on; a span that opens with a lower-case letter goes on
     * the sentence before it. Either way the two spans are one sentence.
     */
    static Span[] acrossInitials(String line, Span[] spans) {
        if (spans.length < 2) return spans;
        List<Span> out = new ArrayList<>(spans.length);
        Span current = spans[0];
        for (int i = 1; i < spans.length; i++) {
            Span next = spans[i];
            boolean oneSpaceApart = next.getStart() == current.getEnd() + 1 && line.charAt(current.getEnd()) == ' ';
            if (oneSpaceApart && (Character.isLowerCase(line.charAt(next.getStart()))
                    || (endsInInitial(line, current) || endsInTitleAbbreviation(line, current)) && opensWithName(line, next))) {
                current = new Span(current.getStart(), next.getEnd());
            } else {
                out.add(current);
                current = next;
            }
        }
        out.add(current);
        return out.toArray(Span[]::new);
    }

    /**
     * "H." anywhere, "G.K." anywhere but after a lower-case word ("Rep. G.K." | "Butterfield", ", A.J." | "Marrow"):
     * initials run on into a name. Several letters after a lower-case word more often end a place ("in the U.S." |
     * "Officials").
     */
    private static boolean endsInInitial(String line, Span s) {
        int start = s.getEnd();
        while (start - 2 >= s.getStart() && line.charAt(start - 1) == '.' && Character.isUpperCase(line.charAt(start - 2))) start -= 2;
        int letters = (s.getEnd() - start) / 2;
        if (letters == 0 || start > s.getStart() && line.charAt(start - 1) != ' ') return false;
        if (letters == 1 || start == s.getStart()) return true;
        int previous = start - 1;
        while (previous > s.getStart() && line.charAt(previous - 1) != ' ') previous--;
        return previous < start - 1 && !Character.isLowerCase(line.charAt(previous));
    }

    /** "Gov." or "Sen." before a name: abbreviated titles that stand before a name, never at a sentence's end. */
    private static boolean endsInTitleAbbreviation(String line, Span s) {
        int end = s.getEnd();
        if (end - s.getStart() < 3 || line.charAt(end - 1) != '.') return false;
        int start = end - 1;
        while (start > s.getStart() && Character.isLetter(line.charAt(start - 1))) start--;
        return start < end - 1 && Character.isUpperCase(line.charAt(start)) && Titles.shared().isAbbreviation(line.substring(start, end - 1));
    }

    private static boolean opensWithName(String line, Span s) {
        int end = s.getStart();
        while (end < s.getEnd() && Character.isLetter(line.charAt(end))) end++;
        String word = line.substring(s.getStart(), end);
        boolean initial = word.length() == 1 && end < s.getEnd() && line.charAt(end) == '.';
        return (word.length() > 1 || initial) && Character.isUpperCase(word.charAt(0)) && !SENTENCE_OPENERS.contains(word);
    }

    /** Capitalized function words that open a new sentence rather than continue a name. */
    private static final Set<String> SENTENCE_OPENERS = capitalized(FunctionWords.inEveryPerson("subject-pronoun"),
            FunctionWords.inEveryPerson("possessive-determiner"),
            FunctionWords.union("definite-article", "indefinite-articles", "demonstratives-singular", "demonstratives-plural",
                    "wh-pronoun-person", "wh-pronoun-thing", "relative-pronouns", "wh-adverbs", "additive-coordinator",
                    "contrasts", "distributive-each", "distributive-every", "sentence-openers"));

    /** The words of the sets, each with its first letter upper case: "the" gives "The", "i" gives "I". */
    @SafeVarargs
    private static Set<String> capitalized(Set<String>... sets) {
        Set<String> words = new HashSet<>();
        for (Set<String> set : sets) {
            for (String w : set) words.add(w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
        }
        return Set.copyOf(words);
    }

    private String lemma(Lemmatizer lemmatizer, String[] words, String[] tags, int i) {
        String key = tags[i] + '\t' + words[i];
        String cached = lemmaCache.get(key);
        if (cached != null) return cached;
        int from = Math.max(0, i - 1);
        String lemma = lemmatizer.lemma(Arrays.copyOfRange(words, from, i + 1), Arrays.copyOfRange(tags, from, i + 1), i - from);
        if ("O".equals(lemma) || "_".equals(lemma)) lemma = words[i].toLowerCase(Locale.ROOT);
        if (lemmaCache.size() >= LEMMA_CACHE_LIMIT) lemmaCache.clear();
        lemmaCache.put(key, lemma);
        return lemma;
    }
}
