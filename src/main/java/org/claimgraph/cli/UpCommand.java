package org.claimgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.claimgraph.reader.DocumentReader;
import org.claimgraph.reader.Input;
import org.claimgraph.pipeline.BatchRunner;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.rdf.Provenance;
import org.claimgraph.store.BatchWriter;
import org.claimgraph.store.GraphStore;
import org.claimgraph.store.StoreActors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Ingests the seed articles (seeds/) when the database lacks them, then serves it like `serve`.")
final class UpCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws Exception {
        Path seeds = Path.of(System.getProperty("claimgraph.home", ".")).resolve("seeds");
        GraphStore db = store.open();
        List<String> missing = new ArrayList<>();
        DocumentReader reader = new DocumentReader();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.sorted().toList()) {
                if (!db.contains(reader.read(new Input(f.toString(), f)).id())) missing.add(f.toString());
            }
        }
        if (!missing.isEmpty()) {
            System.err.println("ingesting " + missing.size() + " seed articles into " + store.db);
            new Batch(System.err, false, reader, Pipeline.standard(StoreActors.directory(db)), missing, BatchRunner.defaultThreads()).ingest(db, BatchWriter.DEFAULT_SIZE, Provenance.FULL);
        }
        server.serve(db);
        return Main.EXIT_OK;
    }
}
