package org.claimgraph.actors.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import opennlp.tools.util.Span;
import org.claimgraph.doc.MentionType;

/**
 * Merges the names of several {@link SentenceNameFinder}s by one priority, then runs the document steps.
 *
 * <p>The priority is a list of tiers, each an ordered list of finders ({@link #standard()}):
 * <table>
 * <tr><th>tier</th><th>finders, in order</th><th>why first</th></tr>
 * <tr><td>1</td><td>credits, titled-persons, companies, place-nouns, particles, datelines, initials</td>
 *     <td>each reads what news writes around a name (a picture's credit, a title, a company role, "the town
 *     of", a dateline), evidence the model does not weigh</td></tr>
 * <tr><td>2</td><td>model, given-names, org-heads</td><td>the statistical model for the rest; a listed given
 *     name before capitalized words, or a capitalized phrase around an organization's head word, where it is
 *     longer than the model's name (the model's MISC names, "American League", hold their words too)</td></tr>
 * </table>
 * Within a tier the longer name wins and equal lengths go to the finder listed first; a name overlapping one
 * already taken is dropped, so names never overlap. MISC names (the model's, and the words of a picture's
 * credit, "File Photo") take part and are dropped at the end. The gazetteer and acronym finders are left
 * out: as a third tier they added more wrong names than right ones (eng.testa micro-F1 -0.006 each,
 * docs/accuracy.md).
 *
 * <p>Then the document steps, in order: {@link HeadlineNames}, {@link NotPersons}, {@link CompanyNames},
 * {@link TeamNames}.
 */
public final class NameCombiner {
    /** A name chosen in one sentence: tokens [from, to) and the finder it came from. */
    record Found(int from, int to, MentionType type, SentenceNameFinder by) {
        int length() { return to - from; }
        boolean overlaps(Found o) { return from < o.to && o.from < to; }
    }

    /** One sentence's tokens, and whether it stands in the document's title zone. */
    record NameSentence(NerTokens tokens, boolean titleZone) {}

    /** A step over the whole document's chosen names, after each sentence's were merged. */
    interface DocumentStep {
        void apply(List<NameSentence> sentences, List<List<Found>> chosen);
    }

    /** Every finder by the name `eval ner --finder` knows it by: {@link #standard()}'s in its order, then the ones it leaves out. */
    private static final Map<String, Supplier<SentenceNameFinder>> FINDERS = new LinkedHashMap<>();

    static {
        FINDERS.put("credits", CreditFinder::new);
        FINDERS.put("titled-persons", TitledPersonFinder::new);
        FINDERS.put("companies", CompanyFinder::new);
        FINDERS.put("place-nouns", PlaceNounFinder::new);
        FINDERS.put("particles", ParticleNameFinder::new);
        FINDERS.put("datelines", DatelineFinder::new);
        FINDERS.put("initials", InitialedPersonFinder::new);
        FINDERS.put("model", ModelNameFinder::new);
        FINDERS.put("given-names", GivenNamePersonFinder::new);
        FINDERS.put("org-heads", OrganizationHeadFinder::new);
        FINDERS.put("gazetteer", GazetteerNameFinder::new);
        FINDERS.put("acronyms", AcronymFinder::new);
    }

    /** The finders of each tier of {@link #standard()}, by name. */
    private static final List<List<String>> STANDARD = List.of(
            List.of("credits", "titled-persons", "companies", "place-nouns", "particles", "datelines", "initials"),
            List.of("model", "given-names", "org-heads"));

    private final List<List<SentenceNameFinder>> tiers;
    private final List<DocumentStep> steps = List.of(new HeadlineNames(), new NotPersons(), new CompanyNames(), new TeamNames());

    /** Finders in tiers of priority, each tier's in order, as {@link #standard()}'s. */
    NameCombiner(List<List<SentenceNameFinder>> tiers) { this.tiers = List.copyOf(tiers); }

    /** What the pipeline runs: every finder of the table above by its priority. */
    public static NameCombiner standard() { return byNames(STANDARD); }

    /** One finder alone (by its name in {@link #finderNames()}), with the document steps, to measure it. */
    public static NameCombiner alone(String name) { return byNames(List.of(List.of(name))); }

    static NameCombiner byNames(List<List<String>> tiers) {
        return new NameCombiner(tiers.stream().map(t -> t.stream().map(NameCombiner::finder).toList()).toList());
    }

    /** The names of all finders, {@link #standard()}'s first. */
    public static List<String> finderNames() { return List.copyOf(FINDERS.keySet()); }

    private static SentenceNameFinder finder(String name) {
        Supplier<SentenceNameFinder> f = FINDERS.get(name);
        if (f == null) throw new IllegalArgumentException("no name finder '" + name + "'; there are " + String.join(", ", FINDERS.keySet()));
        return f.get();
    }

    /** The names of one document's sentences, each sentence's in text order. */
    List<List<Found>> find(List<NameSentence> sentences) {
        for (List<SentenceNameFinder> tier : tiers) tier.forEach(SentenceNameFinder::clearAdaptiveData);
        List<List<Found>> chosen = new ArrayList<>(sentences.size());
        for (NameSentence s : sentences) chosen.add(merged(s.tokens()));
        for (DocumentStep step : steps) step.apply(sentences, chosen);
        return chosen;
    }

    /** Every finder's names of one sentence, merged by the priority. */
    private List<Found> merged(NerTokens sentence) {
        record Ranked(Found found, int tier, int finder) {}
        List<Ranked> all = new ArrayList<>();
        int index = 0;
        for (int t = 0; t < tiers.size(); t++) {
            for (SentenceNameFinder f : tiers.get(t)) {
                for (Span s : f.find(sentence)) all.add(new Ranked(new Found(s.getStart(), s.getEnd(), NameModel.typeOf(s.getType()), f), t, index));
                index++;
            }
        }
        // A stable sort: what one finder found keeps its order.
        all.sort(Comparator.comparingInt(Ranked::tier).thenComparing(r -> -r.found().length()).thenComparingInt(Ranked::finder));
        List<Found> taken = new ArrayList<>();
        for (Ranked r : all) {
            if (taken.stream().noneMatch(t -> t.overlaps(r.found()))) taken.add(r.found());
        }
        // A MISC name ("American League", a credit's "File Photo") held its words against the finders after it; it names no actor.
        taken.removeIf(f -> f.type() == null);
        taken.sort(Comparator.comparingInt(Found::from));
        return taken;
    }
}
