package org.claimgraph.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/** Loads model files shipped on the classpath (Apache's OpenNLP model jars, claimgraph's own models). */
public final class Models {
    private Models() {}

    public interface Loader<M> {
        M load(InputStream in) throws IOException;
    }

    public static <M> M load(String resource, Loader<M> loader) {
        try (InputStream in = Models.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("model not on the classpath: " + resource);
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + resource, e);
        }
    }

    /**
     * Starts loading on a thread of its own and returns what waits for the model, so that a command's
     * models load side by side: one after another they took half of `extract` of one article.
     */
    public static <M> Supplier<M> loadInBackground(String resource, Loader<M> loader) {
        FutureTask<M> task = new FutureTask<>(() -> load(resource, loader));
        Thread.ofPlatform().daemon().name("load " + resource).start(task);
        return () -> {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading model " + resource, e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error err) throw err;
                throw new IllegalStateException("cannot load model " + resource, e.getCause());
            }
        };
    }
}
