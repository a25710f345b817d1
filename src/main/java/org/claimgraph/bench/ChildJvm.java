package org.claimgraph.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts claimgraph classes in JVMs of their own: the same java and class path as this one unless told. */
public record ChildJvm(String classPath, Path home) {
    /**
     * The launcher's options children get too (collector, huge pages, JIT threshold, native access, where JVM
     * warnings go, the start-up cache), so they are measured as run.
     */
    private static final List<String> INHERITED = List.of("-XX:+Use", "-XX:CompileThresholdScaling=", "-Xlog:", "--enable-native-access",
            "-XX:AOTCache=");
    /** The options the launcher gives its batch commands (extract, ingest), which every child here runs. */
    private static final String BATCH_OPTIONS = "CLAIMGRAPH_BATCH_JVM_OPTS";

    /** The launcher's batch options, as it exported them; none when started otherwise. */
    static List<String> batchOptions() {
        String options = System.getenv().getOrDefault(BATCH_OPTIONS, "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    /** This JVM's class path (the launcher's target/claimgraph.jar and target/lib/*). */
    public static ChildJvm likeThisOne() {
        return new ChildJvm(System.getProperty("java.class.path"), Path.of(System.getProperty("claimgraph.home", ".")));
    }

    /** The packaged application under {@code home}: target/claimgraph.jar and target/lib/*. */
    public static ChildJvm packaged(Path home) {
        return new ChildJvm(home.resolve("target/claimgraph.jar") + File.pathSeparator + home.resolve("target/lib/*"), home);
    }

    ProcessBuilder command(List<String> jvmOptions, String mainClass, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (INHERITED.stream().anyMatch(arg::startsWith)) cmd.add(arg);
        }
        cmd.addAll(batchOptions());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add("-Dclaimgraph.home=" + home);
        cmd.add(mainClass);
        cmd.addAll(args);
        return new ProcessBuilder(cmd);
    }

    /** The claimgraph command line itself: {@code claimgraph ARGS...}. */
    ProcessBuilder claimgraph(List<String> jvmOptions, List<String> args) {
        return command(jvmOptions, "org.claimgraph.cli.Main", args);
    }
}
