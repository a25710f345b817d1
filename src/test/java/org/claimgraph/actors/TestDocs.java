package org.claimgraph.actors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimgraph.doc.Document;
import org.claimgraph.doc.Mention;
import org.claimgraph.doc.MentionType;
import org.claimgraph.doc.Sentence;
import org.claimgraph.doc.Span;
import org.claimgraph.language.LanguageAnalyzer;

/**
 * Documents for the actor tests: real text through the real language stage, with mentions made by
 * hand from the names the test lists (the name finder is another stage), so these tests measure the
 * resolver alone.
 */
final class TestDocs {
    static final LanguageAnalyzer ANALYZER = new LanguageAnalyzer();
    static final Path SEEDS = Path.of(System.getProperty("claimgraph.seeds", "/work/main/seeds"));

    private TestDocs() {}

    static String seedText(String prefix) {
        try (var files = Files.list(SEEDS)) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + prefix + " in " + SEEDS));
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names and their types, longest first when they overlap ("Islamic State group" before "Islamic State"). */
    static Map<String, MentionType> names(Object... pairs) {
        Map<String, MentionType> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], (MentionType) pairs[i + 1]);
        return m;
    }

    static Document analyzed(String id, String text) {
        Document doc = new Document(id, text);
        doc.setId(id);
        ANALYZER.process(doc);
        return doc;
    }

    /** Adds a mention for every whole-word, case-sensitive occurrence of each name; longer names win overlaps. */
    static Document withMentions(Document doc, Map<String, MentionType> names) {
        String text = doc.text();
        List<String> byLength = new ArrayList<>(names.keySet());
        byLength.sort(Comparator.comparingInt(String::length).reversed());
        List<Span> taken = new ArrayList<>();
        for (String name : byLength) {
            int from = 0;
            while (true) {
                int at = text.indexOf(name, from);
                if (at < 0) break;
                from = at + 1;
                int end = at + name.length();
                if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) continue;
                if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) continue;
                Span span = new Span(at, end);
                if (taken.stream().anyMatch(span::overlaps)) continue;
                taken.add(span);
                doc.mentions().add(new Mention(span, name, names.get(name), sentenceOf(doc, at)));
            }
        }
        doc.mentions().sort(Comparator.comparing(Mention::span));
        return doc;
    }

    static int sentenceOf(Document doc, int offset) {
        for (Sentence s : doc.sentences()) if (s.span().start() <= offset && offset < s.span().end()) return s.index();
        return -1;
    }

    static Document doc(String text, Map<String, MentionType> names) {
        return withMentions(analyzed("test", text), names);
    }

    /** Entity ids of the mentions with exactly this text. */
    static List<String> entitiesOf(Document doc, String mentionText) {
        return doc.mentions().stream().filter(m -> m.text().equals(mentionText)).map(Mention::entity).toList();
    }

    static int offsetOf(Document doc, String s) {
        int at = doc.text().indexOf(s);
        if (at < 0) throw new IllegalArgumentException("not in text: " + s);
        return at;
    }
}
