package org.claimgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.claimgraph.server.NetworkFormat;
import org.claimgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the actor network for graph tools (Gephi, Cytoscape, yEd, NetworkX).",
                "Actors, with 'speaks about', 'claims relation' and 'holds role in' edges weighted by the number of "
                        + "assertions, with first and last dates, as graphml (Gephi, yEd, NetworkX), gexf (GEXF 1.3: Gephi; "
                        + "--gexf-version 1.2draft for NetworkX releases before 2025) or cytoscape (Cytoscape.js JSON: Cytoscape.js, "
                        + "Cytoscape desktop, NetworkX's cytoscape_graph)."})
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, paramLabel = "graphml|gexf|cytoscape", converter = FormatConverter.class,
            description = "Output format.")
    NetworkFormat format;

    @Option(names = "--gexf-version", paramLabel = "1.3|1.2draft", defaultValue = "1.3", converter = GexfVersionConverter.class,
            description = "The GEXF version (default: ${DEFAULT-VALUE}); 1.2draft is the latest NetworkX releases before 2025 read.")
    NetworkFormat.GexfVersion gexfVersion;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws IOException {
        try (GraphStore db = store.openExisting();
             OutputStream out = output == null ? new NonClosing(System.out) : new BufferedOutputStream(Files.newOutputStream(output))) {
            NetworkFormat.export(db.dataset(), format, gexfVersion, out);
        }
        return Main.EXIT_OK;
    }

    /** The parser's own words: picocli would print an IllegalArgumentException's class name beside them. */
    private static <T> T converting(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<NetworkFormat> {
        @Override
        public NetworkFormat convert(String value) { return converting(() -> NetworkFormat.parse(value)); }
    }

    static final class GexfVersionConverter implements picocli.CommandLine.ITypeConverter<NetworkFormat.GexfVersion> {
        @Override
        public NetworkFormat.GexfVersion convert(String value) { return converting(() -> NetworkFormat.GexfVersion.parse(value)); }
    }

    /** stdout stays open after the export. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) { super(out); }

        @Override
        public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }

        @Override
        public void close() throws IOException { flush(); }
    }
}
