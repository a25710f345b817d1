package org.claimgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.claimgraph.doc.Iris;
import org.claimgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Deletes documents' graphs from the database, and nothing else.")
final class RemoveCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "DOC", description = "A document IRI, or the hash at its end.")
    List<String> documents;

    @Override
    public Integer call() {
        int missing = 0;
        try (GraphStore db = store.openExisting()) {
            for (String d : documents) {
                String iri = d.contains(":") ? d : Iris.DOCUMENT + d;
                if (db.remove(iri)) {
                    System.err.println("removed " + iri);
                } else {
                    System.err.println("claimgraph: no such document: " + iri);
                    missing++;
                }
            }
        }
        return missing == 0 ? Main.EXIT_OK : Main.EXIT_SKIPPED;
    }
}
