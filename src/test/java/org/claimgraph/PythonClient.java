package org.claimgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * The Python clients people read the graph with (Debian's python3-rdflib, python3-networkx,
 * python3-sparqlwrapper, which .ci/run installs), run by Debian's /usr/bin/python3, not whatever
 * python3 is first on PATH. A test whose module is missing is skipped and says which package to install.
 */
public final class PythonClient {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    private PythonClient() {}

    /** Skips the calling test unless {@code module} imports; {@code debianPackage} is named in the message. */
    public static void assume(String module, String debianPackage) {
        boolean present = Files.isExecutable(PYTHON) && exec("import " + module).status == 0;
        Assumptions.assumeTrue(present, "skipped: /usr/bin/python3 cannot import " + module
                + " (apt-get install " + debianPackage + ", as .ci/run does)");
    }

    /** Runs {@code script} with {@code args} (sys.argv[1:]) and returns its stdout; fails with its stderr on error. */
    public static String run(String script, String... args) {
        Result r = exec(script, args);
        assertEquals(0, r.status, "python failed:\n" + r.err);
        return r.out.strip();
    }

    private record Result(int status, String out, String err) {}

    private static Result exec(String script, String... args) {
        try {
            Path err = Files.createTempFile("python", ".err");
            try {
                List<String> command = new ArrayList<>(List.of(PYTHON.toString(), "-c", script));
                command.addAll(List.of(args));
                Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
                p.getOutputStream().close();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(p.waitFor(120, TimeUnit.SECONDS), "python did not end within 2 minutes");
                return new Result(p.exitValue(), out, Files.readString(err));
            } finally {
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            return new Result(-1, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
