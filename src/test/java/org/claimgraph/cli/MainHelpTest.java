package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainHelpTest {
    /** `claimgraph --help` lists each command with the first line of its description only: it must say something whole. */
    @Test
    void commandListShowsWholeSentences() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.status());
        List<String> entries = new ArrayList<>();
        run.out().lines().dropWhile(l -> !l.startsWith("Commands:")).skip(1).takeWhile(l -> !l.isBlank()).forEach(line -> {
            if (line.matches(" {2}\\S.*")) entries.add(line.strip().replaceAll("\\s+", " "));
            else entries.set(entries.size() - 1, entries.getLast() + " " + line.strip());
        });
        assertEquals(10, entries.size(), String.join("\n", entries));
        for (String entry : entries) assertTrue(entry.endsWith("."), "cut mid-sentence: " + entry);
        assertTrue(entries.contains("ingest Extracts files and directories (or - for stdin) into the TDB2 database, one named graph per document."),
                String.join("\n", entries));
    }
}
