package org.claimgraph.cli;

import java.nio.charset.Charset;
import java.util.List;

import org.claimgraph.reader.DocumentReader;
import org.claimgraph.reader.ReaderOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** --encoding and --id, shared by extract and ingest. */
public final class ReadOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Read inputs in this charset (e.g. windows-1251) instead of detecting it; a byte order mark still wins.")
    Charset encoding;

    @Option(names = "--id", paramLabel = "NAME",
            description = "Name the document (one input only) instead of identifying it by a hash of its text.")
    String id;

    DocumentReader reader(List<String> paths) {
        if (id != null && paths.size() != 1) {
            throw new ParameterException(spec.commandLine(), "--id names one document: give exactly one input");
        }
        return new DocumentReader(new ReaderOptions(encoding, id));
    }
}
