package org.claimgraph.pipeline;

import java.util.List;

import org.claimgraph.actors.ActorDirectory;
import org.claimgraph.actors.ActorResolver;
import org.claimgraph.actors.InMemoryActorDirectory;
import org.claimgraph.actors.names.MentionFinder;
import org.claimgraph.assertions.AssertionExtractor;
import org.claimgraph.doc.Document;
import org.claimgraph.language.LanguageAnalyzer;

/**
 * The stages a read document passes through, in order, each adding its layer to the one Document.
 * Built once (models load once) and shared by the worker threads: components are thread-safe.
 */
public final class Pipeline {
    private final List<Component> components;
    /** Components [firstInInputOrder, endOfInputOrder) learn from earlier documents; empty when none does. */
    private final int firstInInputOrder;
    private final int endOfInputOrder;

    public Pipeline(List<Component> components) {
        this.components = List.copyOf(components);
        int first = this.components.size(), end = first;
        for (int i = 0; i < this.components.size(); i++) {
            if (!this.components.get(i).inInputOrder()) continue;
            if (first == this.components.size()) first = i;
            end = i + 1;
        }
        this.firstInInputOrder = first;
        this.endOfInputOrder = end;
    }

    /** language, actors, assertions: what {@code extract} and {@code ingest} run. */
    public static Pipeline standard(ActorDirectory actors) {
        ActorResolver resolver = new ActorResolver(actors);
        return new Pipeline(List.of(new LanguageAnalyzer(), new MentionFinder(), resolver, new AssertionExtractor(resolver)));
    }

    /**
     * Starts loading the standard pipeline's models in the background, before it is built: a command that
     * will run it calls this first, so that the models load while the command line is read.
     */
    public static void preload() {
        LanguageAnalyzer.preload();
        MentionFinder.preload();
    }

    /** The standard pipeline, linking actors across the documents of this run only. */
    public static Pipeline standard() {
        return standard(new InMemoryActorDirectory());
    }

    /** The stages in order, for timing each on its own (claimgraph bench). */
    public List<Component> components() { return components; }

    public Document process(Document doc) {
        for (Component c : components) c.process(doc);
        return doc;
    }

    /**
     * A batch's three steps for one document, in the order they run: before, in and after input order (see
     * {@link BatchRunner}); a cluster job runs them apart (claimgraph spark).
     */
    public enum Step { BEFORE_INPUT_ORDER, IN_INPUT_ORDER, AFTER_INPUT_ORDER }

    public Document process(Document doc, Step step) {
        int[] bounds = {0, firstInInputOrder, endOfInputOrder, components.size()};
        for (int i = bounds[step.ordinal()]; i < bounds[step.ordinal() + 1]; i++) components.get(i).process(doc);
        return doc;
    }
}
