package org.claimgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.claimgraph.doc.Document;
import org.claimgraph.reader.DocumentReader;
import org.claimgraph.reader.Input;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {
    /** A stage that learns from the documents before it: it must meet them in input order. */
    private static final class Recorder implements Component {
        final List<String> seen = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void process(Document doc) { seen.add(doc.input()); }

        @Override
        public boolean inInputOrder() { return true; }
    }

    /** Work of random length before the ordered stage, so threads finish out of order. */
    private static final Component JITTER = doc -> {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(6));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    };

    private static final Component FAILS_ON_SEVEN = doc -> {
        if (doc.text().contains("seven")) throw new IllegalStateException("a stage that fails");
    };

    @Test
    void stagesThatLearnMeetDocumentsInInputOrderWhateverTheThreadTiming(@TempDir Path dir) throws IOException {
        String[] words = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
        List<Input> inputs = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String name = "doc" + i;
            if (i % 9 == 4) {
                inputs.add(Input.rejected(name, "unreadable"));
                continue;
            }
            Path file = Files.writeString(dir.resolve(name + ".txt"), "Document number " + words[i % 10] + ".\n");
            inputs.add(new Input(name, file));
            if (i % 10 != 7) expected.add(name);
        }
        Recorder recorder = new Recorder();
        Pipeline pipeline = new Pipeline(List.of(JITTER, FAILS_ON_SEVEN, recorder, JITTER));
        List<String> outcomes = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                new BatchRunner(new DocumentReader(), pipeline, 4).run(inputs.iterator(), o -> outcomes.add(o.input())));

        assertEquals(expected, recorder.seen, "documents reached the learning stage out of input order");
        assertEquals(inputs.stream().map(Input::given).toList(), outcomes, "outcomes are handed over in input order, failures included");
    }
}
