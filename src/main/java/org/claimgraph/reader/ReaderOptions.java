package org.claimgraph.reader;

import java.nio.charset.Charset;

/**
 * The user's reading options: {@code encoding} (--encoding) overrides every detected charset except a
 * byte-order mark; {@code id} (--id) names the document instead of the hash of its text. Either may be null.
 */
public record ReaderOptions(Charset encoding, String id) {
    public static final ReaderOptions DEFAULTS = new ReaderOptions(null, null);
}
