package org.claimgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.claimgraph.store.GraphStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query on the database (the default graph is the union of the document graphs).",
                "Prefixes cg:, schema:, nif:, prov:... must be declared in the query, as in queries/*.rq."})
final class QueryCommand implements Callable<Integer> {
    enum Format { table, csv, tsv, json }

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "A file holding the query.")
        Path file;

        @Option(names = "--query", paramLabel = "SPARQL", description = "The query text.")
        String text;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "table", description = "table | csv | tsv | json (default: ${DEFAULT-VALUE}); CONSTRUCT/DESCRIBE print Turtle.")
    Format format;

    @Override
    public Integer call() throws IOException {
        String sparql = source.text != null ? source.text : Files.readString(source.file);
        Query query = QueryFactory.create(sparql);
        try (GraphStore db = store.open()) {
            Dataset ds = DatasetFactory.wrap(db.dataset());
            Txn.executeRead(ds, () -> {
                try (QueryExecution qe = QueryExecution.create(query, ds)) {
                    if (query.isSelectType()) {
                        var rs = qe.execSelect();
                        switch (format) {
                            case csv -> ResultSetFormatter.outputAsCSV(System.out, rs);
                            case tsv -> ResultSetFormatter.outputAsTSV(System.out, rs);
                            case json -> ResultSetFormatter.outputAsJSON(System.out, rs);
                            default -> ResultSetFormatter.out(System.out, rs, query);
                        }
                    } else if (query.isAskType()) {
                        System.out.println(qe.execAsk());
                    } else {
                        RDFDataMgr.write(System.out, query.isConstructType() ? qe.execConstruct() : qe.execDescribe(), RDFFormat.TURTLE_PRETTY);
                    }
                }
            });
        }
        return Main.EXIT_OK;
    }
}
