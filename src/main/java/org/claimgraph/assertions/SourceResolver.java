package org.claimgraph.assertions;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.claimgraph.actors.ActorResolver;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.Entity;
import org.claimgraph.doc.MentionType;
import org.claimgraph.doc.Role;
import org.claimgraph.doc.Sentence;
import org.claimgraph.doc.Span;
import org.claimgraph.doc.Token;
import org.claimgraph.language.FunctionWords;
import org.claimgraph.language.Titles;
import org.claimgraph.language.WordLists;

/**
 * Who each attribution's source is, for one document read in order: the actor of an overlapping mention;
 * for a relative pronoun its antecedent ("Smith, who said", "a source who told him"); "he"/"she" the
 * person being quoted or the latest person named; "they" the group or organization that spoke just
 * before; a definite description ("the official", "the ministry") the latest actor of a compatible type
 * and number: a description of an organization, government or group ({@code organization-nouns.tsv}) never
 * a person, a plural one never one person, one by a role ("the minister") never a person the document gave
 * only other roles; "I" and "we" outside quotes the byline's writer, or "the writer" when there is no byline
 * (inside a quote they are the quoted speaker's words, and a report there is part of the quote, no
 * attribution of its own). An unresolved source keeps its words as claimant only when they name someone:
 * never a bare pronoun ("they", "I", "who") or a figure ("80 percent", "one of them").
 */
final class SourceResolver {
    /** With the possessives that hold a noun cue: "his comments about", "their claim that". */
    private static final Set<String> PERSON_PRONOUNS = FunctionWords.personalPronouns("3sg");
    private static final Set<String> GROUP_PRONOUNS = FunctionWords.personalPronouns("3pl");
    private static final Set<String> FIRST_PERSON = FunctionWords.personalPronouns("1sg", "1pl");
    private static final Set<String> SINGULAR_FIRST_PERSON = FunctionWords.personalPronouns("1sg");
    /** Words that name no one: pronouns, determiners, numbers, function words. */
    private static final Set<String> UNNAMING_TAGS = Set.of("PRON", "DET", "NUM", "ADP", "PUNCT", "CCONJ", "SCONJ", "PART", "AUX", "SYM", "X");
    private static final Set<String> DEFINITE = FunctionWords.union("definite-article", "demonstratives-singular",
            "demonstratives-plural");
    /** Heads of descriptions of an organization ("ministry", "party", "spokesman") and the classes each can mean. */
    private static final Map<String, Set<String>> ORGANIZATION_NOUNS = organizationNouns();
    /** What joins a word that speaks for an organization to it: "a spokesman for", "a statement from". */
    private static final Set<String> VOICE_PREPOSITIONS = Set.of("for", "of", "from", "at", "by");
    /** Classes that fit every organization. */
    private static final Set<String> ANY_ORGANIZATION = Set.of("any", "voice");
    /** Nouns of a figure, which name no one: "80 percent said". */
    private static final Set<String> FIGURE_NOUNS = Set.of("percent", "per", "cent", "%");
    /** One-word roles ("minister", "spokesman"): a description by one names a holder of that role. */
    private static final Set<String> ROLE_WORDS = Titles.shared().forms(Titles.Use.ROLE).stream()
            .filter(f -> f.indexOf(' ') < 0).collect(Collectors.toUnmodifiableSet());
    /** How far back a pronoun or description looks for its actor. */
    private static final int RESOLUTION_WINDOW = 12;
    /** Attributions this close after another are taken to continue the same speaker ("..., he said"). */
    private static final int SPEAKER_WINDOW = 3;

    /** The actor a source resolved to, else the words to show as its claimant; both null: nobody known. */
    record Resolved(String entity, String words) {}

    /** A source that spoke: its actor or words, and in which sentence. */
    private record Speaker(String entity, String words, int sentence) {}

    private final Document doc;
    private final ActorIndex actors;
    /** Resolves descriptions by the roles the document gave ("a department head", "the Kremlin leader"); may be null. */
    private final ActorResolver descriptions;
    /** The person whose words the last attribution reported: an actor, or the words of someone unnamed. */
    private Speaker lastSpeaker;
    /** The last organization or group that spoke ("Voting rights advocates ... They cite"). */
    private Speaker lastGroup;

    private final Quotes quotes;
    /** Who last did what each cue verb reports ("rated"), for the same verb in an agentless passive just after. */
    private final Map<String, Speaker> byCue = new HashMap<>();

    SourceResolver(Document doc, ActorIndex actors, ActorResolver descriptions, Quotes quotes) {
        this.doc = doc;
        this.actors = actors;
        this.descriptions = descriptions;
        this.quotes = quotes;
    }

    /** Resolves a's source; call for the document's attributions in text order. */
    Resolved resolve(Attribution a) {
        String act = lemma(tokens(a.cue).get(0));
        if (a.source == null) return sameActAgain(act, a);
        Token head = head(a.source);
        String entity = entity(a, head);
        Span named = a.antecedent != null && entity == null ? a.antecedent : a.source;
        String words = entity == null && names(named) ? withoutRelativeClause(named) : null;
        // a pronoun for someone unnamed who just spoke ("A police officer said ... He added") takes those words
        if (entity == null && GROUP_PRONOUNS.contains(lower(a.source)) && near(lastGroup, a)) words = lastGroup.words();
        if (entity == null && PERSON_PRONOUNS.contains(lower(a.source)) && near(lastSpeaker, a)) words = lastSpeaker.words();
        // a column's "I" outside quotes is its writer, named by the byline or else as its writer
        if (entity == null && FIRST_PERSON.contains(lower(a.source)) && quotes.at(a.source.start()) < 0) words = writer(lower(a.source));
        remember(a, head, entity, words);
        Entity actor = entity == null ? null : doc.entities().get(entity);
        String shown = actor != null ? actor.label() : words;
        if (shown != null) byCue.put(act, new Speaker(entity, shown, a.sentence));
        return new Resolved(entity, entity == null ? words : null);
    }

    /**
     * "The fact-checkers rated 22 claims as true. Only 18 of his statements were rated as true.": a report
     * naming no one (an agentless passive) by the verb someone just used is that someone's again.
     */
    private Resolved sameActAgain(String act, Attribution a) {
        Speaker before = byCue.get(act);
        return near(before, a) ? new Resolved(null, before.words()) : new Resolved(null, null);
    }

    /** Who "I" or "we" outside quotes is: the byline's writer, else the writer or writers the pronoun stands for. */
    private String writer(String pronoun) {
        if (doc.author() != null) return doc.author();
        return SINGULAR_FIRST_PERSON.contains(pronoun) ? "the writer" : "the writers";
    }

    private String entity(Attribution a, Token head) {
        Span source = a.source;
        String named = actors.overlapping(source);
        if (named != null) return named;
        String words = lower(source);
        if (NounPhrases.RELATIVE_PRONOUNS.contains(words)) {
            String before = actors.rightBefore(source.start());
            return before != null || a.antecedent == null ? before : actors.overlapping(a.antecedent);
        }
        if (FIRST_PERSON.contains(words)) return null;
        if (PERSON_PRONOUNS.contains(words)) {
            // News goes on quoting the person it was quoting; a person merely named in between rarely takes over.
            return near(lastSpeaker, a) ? lastSpeaker.entity() : actors.latestBefore(source.start(), MentionType.PERSON, RESOLUTION_WINDOW);
        }
        if (GROUP_PRONOUNS.contains(words)) return near(lastGroup, a) ? lastGroup.entity() : null;
        int space = words.indexOf(' ');
        if (space < 0 || head == null) return null;
        boolean group = group(head);
        if (descriptions != null) {
            // a role the document gave someone ("a department head", "the Kremlin leader"), before or just after
            Optional<String> holder = descriptions.resolveDescription(doc, source);
            if (holder.isPresent() && (!group || type(holder.get()) != MentionType.PERSON)) return holder.get();
        }
        String voiced = voiceOf(source);
        if (voiced != null) return voiced;
        if (!DEFINITE.contains(words.substring(0, space))) return null;
        String kind = lemma(head);
        if (ORGANIZATION_NOUNS.containsKey(kind)) {
            return actors.latestBefore(source.start(), MentionType.ORGANIZATION, RESOLUTION_WINDOW, org -> ofKind(org, kind));
        }
        if (plural(head)) return null;
        String person = near(lastSpeaker, a) && lastSpeaker.entity() != null ? lastSpeaker.entity()
                : actors.latestBefore(source.start(), MentionType.PERSON, RESOLUTION_WINDOW);
        return person != null && holdsOtherRoles(person, head) ? null : person;
    }

    /**
     * "A spokeswoman for the ministry", "a statement from the company": a word that speaks for an organization
     * ({@code voice} in organization-nouns.tsv) before a definite description of one is that organization's.
     */
    private String voiceOf(Span source) {
        List<Token> t = tokens(source);
        int voice = -1;
        for (int k = 0; k < t.size() && voice < 0; k++) if (t.get(k).pos().startsWith("NOUN")) voice = k;
        if (voice < 0 || voice + 3 >= t.size() || !speaksFor(lemma(t.get(voice)))
                || !VOICE_PREPOSITIONS.contains(t.get(voice + 1).text().toLowerCase(Locale.ROOT))
                || !DEFINITE.contains(t.get(voice + 2).text().toLowerCase(Locale.ROOT))) return null;
        String kind = lemma(t.get(t.size() - 1));
        if (!ORGANIZATION_NOUNS.containsKey(kind) || speaksFor(kind)) return null;
        return actors.latestBefore(source.start(), MentionType.ORGANIZATION, RESOLUTION_WINDOW, org -> ofKind(org, kind));
    }

    private static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }

    /** A head that speaks for an organization ("spokesman", "statement") rather than naming a kind of one. */
    private static boolean speaksFor(String head) {
        return ORGANIZATION_NOUNS.getOrDefault(head, Set.of()).contains("voice");
    }

    /** Classes that fit whatever organization: "the group", "the spokesman". */
    private static boolean fitsAny(Set<String> classes) {
        return classes.stream().anyMatch(ANY_ORGANIZATION::contains);
    }

    /**
     * "Police chief Jane Roe said ... The interior minister did not say": a description by a role ("minister")
     * is not a person the document gave only other roles; its words are then the claimant.
     */
    private boolean holdsOtherRoles(String person, Token head) {
        String role = lemma(head);
        Entity e = doc.entities().get(person);
        if (!ROLE_WORDS.contains(role) || e == null || e.roles().isEmpty()) return false;
        for (Role r : e.roles()) {
            if (Arrays.asList(r.title().toLowerCase(Locale.ROOT).split("[\\s-]+")).contains(role)) return false;
        }
        return true;
    }

    private void remember(Attribution a, Token head, String entity, String words) {
        MentionType type = entity == null ? null : type(entity);
        if (type == MentionType.PERSON) {
            lastSpeaker = new Speaker(entity, null, a.sentence);
        } else if (entity == null && words != null && head != null && !group(head)) {
            // someone unnamed spoke: a later "he said" is that speaker, no longer the person quoted before
            lastSpeaker = new Speaker(null, words, a.sentence);
        }
        if (type == MentionType.ORGANIZATION || entity == null && words != null && head != null && group(head)) {
            lastGroup = new Speaker(entity, words, a.sentence);
        }
    }

    private static boolean near(Speaker s, Attribution a) {
        return s != null && a.sentence - s.sentence() <= SPEAKER_WINDOW;
    }

    private MentionType type(String entity) {
        Entity e = doc.entities().get(entity);
        return e == null ? null : e.type();
    }

    /**
     * Whether an organization can be what a description by that head means: "the ministry" the "Interior Ministry"
     * or "Gazprom", "the agency" the "Federal Security Service", never the "Interior Ministry" for "the party".
     */
    private static boolean ofKind(Entity org, String head) {
        Set<String> meant = ORGANIZATION_NOUNS.get(head);
        if (fitsAny(meant)) return true;
        boolean otherKind = false;
        for (String word : org.label().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            Set<String> named = ORGANIZATION_NOUNS.get(word);
            if (named == null || fitsAny(named)) continue;
            if (named.stream().anyMatch(meant::contains)) return true;
            otherKind = true;
        }
        return !otherKind;
    }

    private static Map<String, Set<String>> organizationNouns() {
        Map<String, Set<String>> nouns = new HashMap<>();
        for (String line : WordLists.lines("org/claimgraph/assertions/organization-nouns.tsv")) {
            String[] f = line.split("\t");
            nouns.put(f[0], Set.of(f[1].split(",")));
        }
        return Map.copyOf(nouns);
    }

    /** A description of an organization or a group: "the ministry", "the protesters". */
    private static boolean group(Token head) {
        return ORGANIZATION_NOUNS.containsKey(lemma(head)) || plural(head);
    }

    /** "officials", "protesters": a noun whose lemma is not its own form, ending in s. */
    private static boolean plural(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return t.pos().startsWith("NOUN") && w.endsWith("s") && !w.equals(lemma(t));
    }

    /** Whether the span's words name someone: a word other than a pronoun, number or function word, and no unit of a figure. */
    private boolean names(Span span) {
        for (Token t : tokens(span)) {
            String tag = t.pos().indexOf('+') > 0 ? t.pos().substring(0, t.pos().indexOf('+')) : t.pos();
            if (!UNNAMING_TAGS.contains(tag) && !FIGURE_NOUNS.contains(t.text().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** A source's words without the relative clause that describes it: "Police officials, who asked not to be named". */
    private String withoutRelativeClause(Span span) {
        List<Token> tokens = tokens(span);
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).text().equals(",") && NounPhrases.RELATIVE_PRONOUNS.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT))) {
                return doc.text().substring(span.start(), tokens.get(i - 1).span().end());
            }
        }
        return span.of(doc.text());
    }

    /**
     * The token a description is about ("the Russian chief of General Staff": chief); an adjective standing
     * for its noun when there is none ("the official"); null when the span has neither.
     */
    private Token head(Span source) {
        Token head = null, adjective = null;
        for (Token t : tokens(source)) {
            if (t.text().equals("of") || t.text().equals(",")) break;
            if (t.pos().startsWith("NOUN") || t.pos().startsWith("PROPN")) head = t;
            else if (t.pos().startsWith("ADJ")) adjective = t;
        }
        return head != null ? head : adjective;
    }

    private List<Token> tokens(Span span) {
        Sentence s = doc.sentences().get(ActorIndex.sentenceAt(doc.sentences(), span.start()));
        return s.tokens().stream().filter(t -> span.contains(t.span())).toList();
    }

    private String lower(Span span) {
        return span.of(doc.text()).toLowerCase(Locale.ROOT);
    }
}
