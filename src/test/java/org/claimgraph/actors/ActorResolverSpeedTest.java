package org.claimgraph.actors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

import org.claimgraph.doc.Document;
import org.claimgraph.doc.Mention;
import org.claimgraph.doc.MentionType;
import org.claimgraph.doc.Sentence;
import org.claimgraph.doc.Span;
import org.claimgraph.doc.Token;
import org.junit.jupiter.api.Test;

/**
 * Resolver throughput over the seeds x 100. Mentions are every run of proper nouns the POS tagger
 * marks (more and noisier than a name finder gives), so the load is no lighter than real use.
 */
class ActorResolverSpeedTest {
    private static final int ROUNDS = 100;

    @Test
    void resolvesSeedsTimesAHundredFarFasterThanThePipelineTarget() {
        List<Document> analyzed = new ArrayList<>();
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            Document doc = TestDocs.analyzed(seed, TestDocs.seedText(seed));
            properNounMentions(doc);
            analyzed.add(doc);
        }
        long tokens = 0, mentions = 0;
        for (Document d : analyzed) {
            for (Sentence s : d.sentences()) tokens += s.tokens().size();
            mentions += d.mentions().size();
        }
        ActorResolver resolver = new ActorResolver(new InMemoryActorDirectory());
        for (Document d : analyzed) resolver.process(fresh(d)); // warm-up
        // CPU time of this thread: the machine is shared, so wall time also measures the neighbours.
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime(), c0 = cpu.getCurrentThreadCpuTime();
        for (int r = 0; r < ROUNDS; r++) for (Document d : analyzed) resolver.process(fresh(d));
        double seconds = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
        double wall = (System.nanoTime() - t0) / 1e9;
        double tokensPerSecond = tokens * ROUNDS / seconds;
        System.out.printf("ActorResolver: %d docs, %d tokens, %d mentions in %.3f s CPU (%.3f s wall): %.0f tokens/s, %.0f mentions/s%n",
                analyzed.size() * ROUNDS, tokens * ROUNDS, mentions * ROUNDS, seconds, wall, tokensPerSecond, mentions * ROUNDS / seconds);
        assertTrue(tokensPerSecond > 100_000, "resolver alone must leave the pipeline's 25,000 tokens/s budget intact");
    }

    private static Document fresh(Document d) {
        Document copy = new Document(d.input(), d.text());
        copy.sentences().addAll(d.sentences());
        for (Mention m : d.mentions()) copy.mentions().add(new Mention(m.span(), m.text(), m.type(), m.sentence()));
        return copy;
    }

    /** Each maximal run of PROPN tokens becomes a mention: PERSON for two or more words, else ORGANIZATION. */
    private static void properNounMentions(Document doc) {
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            int i = 0;
            while (i < toks.size()) {
                if (!toks.get(i).pos().equals("PROPN")) { i++; continue; }
                int j = i;
                while (j < toks.size() && toks.get(j).pos().equals("PROPN")) j++;
                Span span = new Span(toks.get(i).span().start(), toks.get(j - 1).span().end());
                MentionType type = j - i > 1 ? MentionType.PERSON : MentionType.ORGANIZATION;
                doc.mentions().add(new Mention(span, doc.slice(span), type, s.index()));
                i = j;
            }
        }
    }
}
