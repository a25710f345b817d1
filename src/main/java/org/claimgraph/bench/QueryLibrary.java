package org.claimgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** The analysts' queries (queries/*.rq), run in-process on a dataset. */
final class QueryLibrary {
    record Named(String name, String text, Query query) {}

    private QueryLibrary() {}

    static List<Named> load(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Named> out = new ArrayList<>();
            for (Path f : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(f);
                out.add(new Named(f.getFileName().toString().replaceFirst("\\.rq$", ""), text, QueryFactory.create(text)));
            }
            if (out.isEmpty()) throw new IllegalArgumentException("no .rq files in " + dir);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read queries in " + dir, e);
        }
    }

    /** Runs a SELECT to its last row in a read transaction; returns the number of rows. */
    static long rows(Named q, DatasetGraph dsg, long timeoutMs) {
        Dataset ds = DatasetFactory.wrap(dsg);
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q.query())
                    .timeout(timeoutMs, TimeUnit.MILLISECONDS).build()) {
                ResultSet rs = qe.execSelect();
                long n = 0;
                while (rs.hasNext()) {
                    rs.next();
                    n++;
                }
                return n;
            }
        });
    }
}
