package org.claimgraph.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The training run of JDK 25's ahead-of-time cache (the launcher runs it once per build): `extract` of
 * the given files as N-Quads and as JSON lines, so that the cache holds the classes and method profiles
 * of both writers. Trained on JSON lines alone, the cache left out Jena's RDF writing and its start-up
 * (867 classes of Jena), and `extract --format nq` of one article took 0.2 CPU-s more.
 */
final class AotTraining {
    private AotTraining() {}

    public static void main(String[] files) {
        int status = Main.EXIT_OK;
        for (String format : List.of("nq", "jsonl")) {
            List<String> args = new ArrayList<>(List.of("extract", "--format", format));
            args.addAll(List.of(files));
            status = Math.max(status, Main.run(args.toArray(String[]::new)));
        }
        System.exit(status);
    }
}
