package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;

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
        assertEquals(12, entries.size(), String.join("\n", entries));
        for (String entry : entries) assertTrue(entry.endsWith("."), "cut mid-sentence: " + entry);
        assertTrue(entries.contains("ingest Extracts files and directories (or - for stdin) into the TDB2 database, one named graph per document."),
                String.join("\n", entries));
    }

    /** picocli starts each element of a description on a new line: an element that stops mid-sentence prints as a ragged cut. */
    @Test
    void everyDescriptionParagraphEndsItsSentence() {
        List<String> cut = new ArrayList<>();
        collectCutParagraphs(Main.commandLine().getCommandSpec(), cut);
        assertEquals(List.of(), cut);
    }

    private static void collectCutParagraphs(CommandSpec command, List<String> cut) {
        if (command.name().equals("help")) return;
        for (String paragraph : command.usageMessage().description())
            if (!paragraph.endsWith(".")) cut.add(command.qualifiedName() + ": " + paragraph);
        command.options().forEach(option -> {
            for (String paragraph : option.description())
                if (!paragraph.endsWith(".")) cut.add(command.qualifiedName() + " " + option.longestName() + ": " + paragraph);
        });
        command.subcommands().values().forEach(sub -> collectCutParagraphs(sub.getCommandSpec(), cut));
    }
}
