package org.claimgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.jena.riot.system.StreamRDF;
import org.claimgraph.actors.ActorReplay;
import org.claimgraph.actors.ActorResolver;
import org.claimgraph.doc.Document;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.pipeline.Pipeline.Step;
import org.claimgraph.rdf.DocumentGraph;
import org.claimgraph.rdf.Provenance;
import org.claimgraph.reader.DocumentReader;
import org.claimgraph.reader.Input;
import org.claimgraph.reader.InputRejected;
import org.claimgraph.reader.WarcArchive;

/**
 * What a task runs, one per executor JVM: the reader and the pipeline are made once (the models load
 * once per JVM, not per task) and serve every task thread of that JVM. The pipeline's actor directory is
 * an {@link ActorReplay.Recorder}. The first pass runs the stages before actor linking (reading, language,
 * names: nearly all the work) and links the document alone; the second links again the documents whose
 * actors the replay's answers change, and runs the later stages.
 */
final class Worker {
    private static Worker shared;

    private final DocumentReader reader = new DocumentReader();
    private final ActorReplay.Recorder recorder = new ActorReplay.Recorder();
    private final Pipeline pipeline = Pipeline.standard(recorder);

    private Worker() {}

    static synchronized Worker get() {
        if (shared == null) {
            preferJdkStax();
            shared = new Worker();
        }
        return shared;
    }

    /**
     * Hadoop's client jar registers its shaded Woodstox as the StAX provider; Jena then logs an ERROR per
     * thread that the provider lacks a JDK security property. The JDK's own provider has it.
     */
    static void preferJdkStax() {
        if (System.getProperty("javax.xml.stream.XMLInputFactory") == null) {
            System.setProperty("javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl");
        }
    }

    /** Reading a document of a unit. */
    interface Page {
        Document read() throws InputRejected;
    }

    interface PageConsumer {
        void accept(int page, String given, Page read);
    }

    /** Calls {@code each} with every document of the unit, in order. */
    void pages(Unit unit, PageConsumer each) {
        if (!unit.hadoop()) {
            Input in = new Input(unit.given(), Path.of(unit.location()), null, unit.offset());
            each.accept(0, unit.given(), () -> reader.read(in));
            return;
        }
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(unit.location());
        try (InputStream in = path.getFileSystem(new Configuration()).open(path)) {
            if (WarcArchive.isArchiveName(path.getName())) {
                int[] page = {0};
                WarcArchive.pages(unit.given(), in, p -> each.accept(page[0]++, p.given(), () -> reader.read(p)), () -> {});
            } else {
                byte[] bytes = in.readNBytes((int) DocumentReader.MAX_BYTES + 1);
                each.accept(0, unit.given(), () -> reader.read(unit.given(), bytes, DocumentReader.isHtmlName(path.getName())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(unit.given() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The first pass: the stages before linking, then linking alone (as if no earlier document were known), which
     * records the clusters the replay needs; the document is kept as that left it.
     */
    DocResult first(Unit unit, int page, String given, Page read) {
        try {
            Document doc = read.read();
            pipeline.process(doc, Step.BEFORE_INPUT_ORDER);
            recorder.begin(Map.of());
            pipeline.process(doc, Step.IN_INPUT_ORDER);
            return new DocResult(unit, page, given, doc, recorder.clusters(), null);
        } catch (InputRejected e) {
            return DocResult.skipped(unit, page, given, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return DocResult.skipped(unit, page, given, failure(e));   // one failing document never fails the job
        }
    }

    /**
     * The second pass: the document linked again with the replay's {@code answers} when it has any (the few whose
     * earlier documents change its actors), the later stages, the quads into {@code out}; null or why not.
     */
    String second(DocResult r, Map<String, String> answers, StreamRDF out, Provenance provenance) {
        try {
            Document doc = r.document();
            if (!answers.isEmpty()) {
                ActorResolver.unlink(doc);
                recorder.begin(answers);
                pipeline.process(doc, Step.IN_INPUT_ORDER);
            }
            pipeline.process(doc, Step.AFTER_INPUT_ORDER);
            DocumentGraph.emit(doc, out, provenance);
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            return failure(e);
        }
    }

    private static String failure(Throwable e) {
        return "failed: " + (e.getMessage() == null ? e.toString() : e.getMessage());
    }
}
