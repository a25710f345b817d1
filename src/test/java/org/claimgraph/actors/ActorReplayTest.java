package org.claimgraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.claimgraph.TestData;
import org.claimgraph.bench.CorpusGenerator;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.Iris;
import org.claimgraph.doc.MentionType;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.rdf.DocumentGraph;
import org.claimgraph.reader.DocumentReader;
import org.claimgraph.reader.Input;
import org.claimgraph.reader.InputWalker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents processed in any order, then their clusters replayed in input order and the answered ones
 * processed again, give the quads of one extract run in input order: what a cluster job relies on.
 */
class ActorReplayTest {
    @Test
    void replayGivesTheQuadsOfAnInOrderRun(@TempDir Path dir) {
        CorpusGenerator.from(TestData.seeds()).write(dir.resolve("generated"), "news", 0, 25, 7);
        List<Input> inputs = InputWalker.expand(List.of(TestData.seeds().toString(), dir.resolve("generated").toString())).inputs();
        DocumentReader reader = new DocumentReader();

        Set<String> expected = new TreeSet<>();
        Pipeline inOrder = Pipeline.standard();
        for (Input in : inputs) expected.addAll(quads(inOrder.process(read(reader, in))));

        ActorReplay.Recorder recorder = new ActorReplay.Recorder();
        Pipeline alone = Pipeline.standard(recorder);
        Map<Input, List<String>> firstPass = new HashMap<>();
        Map<Input, List<ActorLinker.Cluster>> clusters = new HashMap<>();
        for (Input in : inputs.reversed()) {                      // any order: here backwards
            recorder.begin(Map.of());
            firstPass.put(in, quads(alone.process(read(reader, in))));
            clusters.put(in, recorder.clusters());
        }
        ActorReplay replay = new ActorReplay();
        Set<String> actual = new TreeSet<>();
        Set<String> firstOnly = new TreeSet<>();
        int answered = 0;
        for (Input in : inputs) {
            Map<String, String> answers = replay.next(clusters.get(in));
            firstOnly.addAll(firstPass.get(in));
            if (answers.isEmpty()) {
                actual.addAll(firstPass.get(in));
                continue;
            }
            answered++;
            recorder.begin(answers);
            actual.addAll(quads(alone.process(read(reader, in))));
        }
        assertTrue(answered > 0, "some documents link to actors of earlier ones");
        assertNotEquals(expected, firstOnly, "documents processed alone do not link across documents");
        assertEquals(expected, actual);
    }

    @Test
    void answersThatChangeNoLinkAreNotGiven() {
        ActorReplay replay = new ActorReplay();
        ActorLinker.Cluster full = new ActorLinker.Cluster(MentionType.PERSON, "Daulet Abenov", List.of("Daulet Abenov", "Abenov"), null, null);
        assertEquals(Map.of(), replay.next(List.of(full)), "the first document meets no one");
        // Known already, by the IRI and label its own full name gives: linking it alone gives the same.
        assertEquals(Map.of(), replay.next(List.of(full)));
        // The surname alone is the known person, not the actor "Abenov" it would be alone.
        Map<String, String> answers = replay.next(List.of(new ActorLinker.Cluster(MentionType.PERSON, "Abenov", List.of("Abenov"), null, null)));
        assertEquals(Iris.actor(MentionType.PERSON, "Daulet Abenov"), answers.get(ActorReplay.key(MentionType.PERSON, "Abenov")), answers.toString());
    }

    private static Document read(DocumentReader reader, Input in) {
        try {
            return reader.read(in);
        } catch (org.claimgraph.reader.InputRejected e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> quads(Document doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        writer.start();
        DocumentGraph.emit(doc, writer);
        writer.finish();
        return new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
    }
}
