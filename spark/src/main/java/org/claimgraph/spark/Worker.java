package org.claimgraph.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.zip.GZIPOutputStream;

import org.apache.hadoop.conf.Configuration;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.actors.ActorLinker;
import org.claimgraph.actors.ActorReplay;
import org.claimgraph.doc.Document;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.rdf.DocumentGraph;
import org.claimgraph.reader.DocumentReader;
import org.claimgraph.reader.Input;
import org.claimgraph.reader.InputRejected;
import org.claimgraph.reader.WarcArchive;

/**
 * What a task runs, one per executor JVM: the reader and the pipeline are made once (the models load
 * once per JVM, not per task) and serve every task thread of that JVM. The pipeline's actor directory is
 * an {@link ActorReplay.Recorder}: documents are processed alone, and one the replay answered is
 * processed again with those answers.
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

    /** Something a unit holds: a page number, its name, and how to read it. */
    interface Page {
        Document read() throws InputRejected;
    }

    /** Calls {@code each} with every document of the unit whose page number {@code wanted} accepts, in order. */
    void pages(Unit unit, IntPredicate wanted, PageConsumer each) {
        if (!unit.hadoop()) {
            Input in = new Input(unit.given(), Path.of(unit.location()), null, unit.offset());
            if (wanted.test(0)) each.accept(0, unit.given(), () -> reader.read(in));
            return;
        }
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(unit.location());
        try (InputStream in = path.getFileSystem(new Configuration()).open(path)) {
            if (WarcArchive.isArchiveName(path.getName())) {
                int[] page = {0};
                WarcArchive.pages(unit.given(), in, p -> {
                    int n = page[0]++;
                    if (wanted.test(n)) each.accept(n, p.given(), () -> reader.read(p));
                }, () -> {});
            } else if (wanted.test(0)) {
                byte[] bytes = in.readNBytes((int) DocumentReader.MAX_BYTES + 1);
                each.accept(0, unit.given(), () -> reader.read(unit.given(), bytes, DocumentReader.isHtmlName(path.getName())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(unit.given() + ": " + e.getMessage(), e);
        }
    }

    interface PageConsumer {
        void accept(int page, String given, Page read);
    }

    /** Processes one document with the replay's {@code answers} (empty on the first pass). */
    DocResult process(Unit unit, int page, String given, Page read, Map<String, String> answers) {
        try {
            Document doc = read.read();
            recorder.begin(answers);
            pipeline.process(doc);
            List<ActorLinker.Cluster> clusters = recorder.clusters();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            long[] count = {0};
            try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 1 << 16)) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(gz, RDFFormat.NQUADS);
                StreamRDF counting = new StreamRDFWrapper(writer) {
                    @Override
                    public void quad(Quad quad) {
                        count[0]++;
                        super.quad(quad);
                    }
                };
                counting.start();
                DocumentGraph.emit(doc, counting);
                counting.finish();
            }
            return new DocResult(unit, page, given, bytes.toByteArray(), count[0], clusters, null);
        } catch (InputRejected e) {
            return new DocResult(unit, page, given, null, 0, List.of(), e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException | StackOverflowError e) {
            // One failing document is reported and never fails the job.
            return new DocResult(unit, page, given, null, 0, List.of(), "failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }
}
