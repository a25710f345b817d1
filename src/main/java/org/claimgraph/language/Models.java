package org.claimgraph.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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
}
