package org.claimgraph.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.riot.system.StreamRDF;
import org.claimgraph.doc.Document;
import org.claimgraph.doc.Sentence;
import org.claimgraph.pipeline.Component;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.rdf.DocumentGraph;
import org.claimgraph.rdf.NQuadsOutput;
import org.claimgraph.reader.DocumentReader;
import org.claimgraph.reader.Input;
import org.claimgraph.reader.InputRejected;

/**
 * Where extraction time goes: reading, each stage of the pipeline, and RDF writing, run one after the
 * other on one thread over the same documents (after a warm-up pass, so the JIT has compiled them),
 * each charged the CPU time of that thread: other processes on a shared machine do not inflate it.
 */
final class StageProfile {
    record Stage(String name, long nanos) {}

    record Result(long docs, long tokens, List<Stage> stages) {
        long totalNanos() { return stages.stream().mapToLong(Stage::nanos).sum(); }
    }

    private StageProfile() {}

    static Result run(Pipeline pipeline, List<Path> files) {
        measure(pipeline, files);
        return measure(pipeline, files);
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static Result measure(Pipeline pipeline, List<Path> files) {
        DocumentReader reader = new DocumentReader();
        Map<String, Long> nanos = new LinkedHashMap<>();
        StreamRDF sink = NQuadsOutput.stream(OutputStream.nullOutputStream());
        sink.start();
        long docs = 0, tokens = 0;
        for (Path f : files) {
            long t = THREADS.getCurrentThreadCpuTime();
            Document doc;
            try {
                doc = reader.read(new Input(f.toString(), f));
            } catch (InputRejected e) {
                continue;
            }
            t = add(nanos, "read", t);
            for (Component c : pipeline.components()) {
                c.process(doc);
                t = add(nanos, c.getClass().getSimpleName(), t);
            }
            DocumentGraph.emit(doc, sink);
            add(nanos, "rdf (N-Quads)", t);
            docs++;
            for (Sentence s : doc.sentences()) tokens += s.tokens().size();
        }
        sink.finish();
        List<Stage> stages = new ArrayList<>();
        nanos.forEach((k, v) -> stages.add(new Stage(k, v)));
        return new Result(docs, tokens, stages);
    }

    private static long add(Map<String, Long> nanos, String stage, long since) {
        long now = THREADS.getCurrentThreadCpuTime();
        nanos.merge(stage, now - since, Long::sum);
        return now;
    }
}
