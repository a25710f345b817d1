package org.claimgraph.cli;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.claimgraph.reader.DocumentReader;
import org.claimgraph.reader.ReaderOptions;
import org.claimgraph.reader.WarcArchive;
import org.claimgraph.pipeline.BatchRunner;
import org.claimgraph.pipeline.Pipeline;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

/** The inputs and how to read them: shared by extract and ingest. */
public final class InputOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--encoding", paramLabel = "CHARSET", converter = CharsetName.class,
            description = "Read inputs in this charset (e.g. windows-1251) instead of detecting it; a byte order mark still wins.")
    Charset encoding;

    @Option(names = "--id", paramLabel = "NAME",
            description = "Name the document (one input only) instead of identifying it by a hash of its text.")
    String id;

    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    int threads = BatchRunner.defaultThreads();

    @Option(names = "--verbose", description = "Print stack traces of errors.")
    boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories (walked recursively), WARC archives (.warc, .warc.gz: each HTML page is a document) or - for stdin.")
    List<String> paths;

    /** A batch over these inputs through the pipeline made by {@code pipeline}. */
    Batch batch(Supplier<Pipeline> pipeline) {
        if (id != null && (paths.size() != 1 || holdsMany(paths.get(0)))) {
            throw new ParameterException(spec.commandLine(), "--id names one document: give exactly one file (not a directory or a WARC archive)");
        }
        DocumentReader reader = new DocumentReader(new ReaderOptions(encoding, id));
        return new Batch(System.err, verbose, reader, pipeline.get(), paths, threads);
    }

    /** A charset by name; picocli's own words on an unknown one named Java's exception class. */
    static final class CharsetName implements ITypeConverter<Charset> {
        @Override
        public Charset convert(String name) {
            try {
                return Charset.forName(name);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("no charset '" + name + "' here (e.g. UTF-8, ISO-8859-1, windows-1251)");
            }
        }
    }

    /** A directory or a WARC archive: many documents, which one --id would give the same IRI. */
    private static boolean holdsMany(String path) {
        return !path.equals("-") && (Files.isDirectory(Path.of(path)) || WarcArchive.isArchiveName(path));
    }
}
