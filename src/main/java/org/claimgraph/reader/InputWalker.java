package org.claimgraph.reader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the user's arguments (files, directories walked recursively in sorted order, "-") into inputs. */
public final class InputWalker {
    private InputWalker() {}

    public record Expansion(List<Input> inputs, List<Rejection> rejected) {}

    public record Rejection(String given, String reason) {}

    public static Expansion expand(List<String> args) {
        List<Input> inputs = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals(Input.STDIN)) {
                inputs.add(new Input(arg, null));
                continue;
            }
            Path p = Path.of(arg);
            if (!Files.exists(p)) {
                rejected.add(new Rejection(arg, "no such file or directory"));
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(f -> inputs.add(new Input(f.toString(), f)));
                } catch (IOException e) {
                    rejected.add(new Rejection(arg, "cannot list directory: " + e.getMessage()));
                }
            } else {
                inputs.add(new Input(arg, p));
            }
        }
        return new Expansion(inputs, rejected);
    }
}
