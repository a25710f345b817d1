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
    private final int lastInInputOrder;

    public Pipeline(List<Component> components) {
        this.components = List.copyOf(components);
        int last = -1;
        for (int i = 0; i < this.components.size(); i++) if (this.components.get(i).inInputOrder()) last = i;
        this.lastInInputOrder = last;
    }

    /** language, actors, assertions: what {@code extract} and {@code ingest} run. */
    public static Pipeline standard(ActorDirectory actors) {
        ActorResolver resolver = new ActorResolver(actors);
        return new Pipeline(List.of(new LanguageAnalyzer(), new MentionFinder(), resolver, new AssertionExtractor(resolver)));
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
     * Processes one document of a batch: the stages that learn from earlier documents run within
     * the document's turn, the others in parallel with other documents. The caller ends the turn
     * whatever happens.
     */
    Document process(Document doc, InputTurns.Turn turn) {
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            if (c.inInputOrder()) turn.begin();
            c.process(doc);
            if (i == lastInInputOrder) turn.end();
        }
        return doc;
    }
}
