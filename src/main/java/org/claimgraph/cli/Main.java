package org.claimgraph.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Set;

import org.claimgraph.bench.BenchCommand;
import org.claimgraph.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The claimgraph command line: one subcommand per job. */
@Command(name = "claimgraph", mixinStandardHelpOptions = true, version = Main.VERSION,
        description = "Reads news articles and builds a knowledge graph of actors and their assertions, "
                + "published through a Fuseki SPARQL endpoint.",
        footer = {"", "Exit status: 0 success; 1 some inputs were skipped (each named on stderr); 2 usage or fatal error.",
                "`./claimgraph test` (the launcher) runs the test suite; `./claimgraph spark` runs the extraction as an Apache Spark job "
                        + "(`./claimgraph spark --help`)."})
public final class Main {
    /** What --version prints, here and in the Spark job. */
    public static final String VERSION = "claimgraph 0.1.0";
    public static final int EXIT_OK = 0;
    public static final int EXIT_SKIPPED = 1;
    public static final int EXIT_FATAL = 2;

    /**
     * Lucene tells, through java.util.logging, that it could go faster with an incubator module. A
     * user can do nothing with that line; the reference keeps the logger's level from being collected.
     */
    private static final java.util.logging.Logger LUCENE_VECTORS = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    /** The commands that run the standard pipeline. */
    private static final Set<String> PIPELINE_COMMANDS = Set.of("extract", "ingest");

    /** The commands, in the order `claimgraph --help` lists them. */
    private static final List<Class<?>> COMMANDS = List.of(ExtractCommand.class, IngestCommand.class, LoadCommand.class,
            RemoveCommand.class, QueryCommand.class, ServeCommand.class, UpCommand.class, EvalCommand.class, TrainCommand.class,
            ExportCommand.class, BenchCommand.class, CommandLine.HelpCommand.class);

    private Main() {}

    public static void main(String[] args) {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        // Their models (0.4 CPU-s) load on other threads while picocli reads the command line (0.1 s on this one).
        if (args.length > 0 && PIPELINE_COMMANDS.contains(args[0])) Pipeline.preload();
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = commandLine(args.length > 0 ? args[0] : "");
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            boolean verbose = parsed.hasMatchedOption("--verbose");
            cmd.getErr().println("claimgraph: " + message(ex));
            if (verbose) ex.printStackTrace(cmd.getErr());
            else if (cmd.getCommandSpec().findOption("--verbose") != null) cmd.getErr().println("(run with --verbose for details)");
            return EXIT_FATAL;
        });
        // A wrong option or value: the reason and where to look, not the whole usage text after it.
        cli.setParameterExceptionHandler((ex, given) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("claimgraph: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, cmd.getErr());
            cmd.getErr().println("(`" + cmd.getCommandSpec().qualifiedName() + " --help` tells the options)");
            return EXIT_FATAL;
        });
        cli.setExitCodeExceptionMapper(ex -> EXIT_FATAL);
        return cli.execute(args);
    }

    /** What went wrong, in words: a missing file's exception says only its name. */
    private static String message(Exception ex) {
        if (ex instanceof NoSuchFileException e) return "no such file: " + e.getFile();
        if (ex instanceof AccessDeniedException e) return "permission denied: " + e.getFile();
        return ex.getMessage() != null ? ex.getMessage() : ex.toString();
    }

    /** The whole command line, every command in it. */
    static CommandLine commandLine() { return commandLine(""); }

    /**
     * The command line with only the command named {@code first} when there is one (but help): picocli
     * reads each command's options by reflection as it is added, and all of them took 0.1 s of a
     * one-article `extract` on the critical path. Help, a misspelt command or none get them all.
     */
    private static CommandLine commandLine(String first) {
        CommandLine cli = new CommandLine(new Main());
        List<Class<?>> named = COMMANDS.stream().filter(c -> !c.equals(CommandLine.HelpCommand.class)
                && c.getAnnotation(Command.class).name().equals(first)).toList();
        for (Class<?> command : named.isEmpty() ? COMMANDS : named) cli.addSubcommand(command);
        return cli;
    }
}
