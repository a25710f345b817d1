package org.claimgraph.cli;

import org.claimgraph.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The claimgraph command line: one subcommand per job. */
@Command(name = "claimgraph", mixinStandardHelpOptions = true, version = "claimgraph 0.1.0",
        description = "Reads news articles and builds a knowledge graph of actors and their assertions, "
                + "published through a Fuseki SPARQL endpoint.",
        subcommands = {ExtractCommand.class, IngestCommand.class, LoadCommand.class, RemoveCommand.class, QueryCommand.class,
                ServeCommand.class, UpCommand.class, EvalCommand.class, TrainCommand.class, ExportCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 success; 1 some inputs were skipped (each named on stderr); 2 usage or fatal error.",
                "`./claimgraph test` (the launcher) runs the test suite; `./claimgraph spark` runs the extraction as an Apache Spark job "
                        + "(`./claimgraph spark --help`)."})
public final class Main {
    public static final int EXIT_OK = 0;
    public static final int EXIT_SKIPPED = 1;
    public static final int EXIT_FATAL = 2;

    /**
     * Lucene tells, through java.util.logging, that it could go faster with an incubator module. A
     * user can do nothing with that line; the reference keeps the logger's level from being collected.
     */
    private static final java.util.logging.Logger LUCENE_VECTORS = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    private Main() {}

    public static void main(String[] args) {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            boolean verbose = parsed.hasMatchedOption("--verbose");
            cmd.getErr().println("claimgraph: " + (ex.getMessage() != null ? ex.getMessage() : ex.toString()));
            if (verbose) ex.printStackTrace(cmd.getErr());
            else cmd.getErr().println("(run with --verbose for details)");
            return EXIT_FATAL;
        });
        cli.setExitCodeExceptionMapper(ex -> EXIT_FATAL);
        return cli.execute(args);
    }
}
