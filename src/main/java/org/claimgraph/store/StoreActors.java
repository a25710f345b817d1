package org.claimgraph.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.actors.ActorDirectory;
import org.claimgraph.actors.InMemoryActorDirectory;
import org.claimgraph.doc.Entity;
import org.claimgraph.doc.MentionType;
import org.claimgraph.vocab.CG;

/**
 * The actors already in the store as an {@link ActorDirectory}, so a newly ingested document links to
 * them. Read once when an ingest starts, then kept current in memory by the documents it ingests.
 */
public final class StoreActors {
    private StoreActors() {}

    public static ActorDirectory directory(GraphStore store) {
        InMemoryActorDirectory directory = InMemoryActorDirectory.forStore();
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                SELECT ?actor ?type ?label ?alias WHERE {
                  VALUES ?type { ?person ?organization ?location }
                  ?actor a ?type ; ?labelProp ?label .
                  OPTIONAL { ?actor ?altProp ?alias }
                } ORDER BY ?actor""");
        q.setParam("person", CG.Person);
        q.setParam("organization", CG.Organization);
        q.setParam("location", CG.Location);
        q.setParam("labelProp", RDFS.label);
        q.setParam("altProp", SKOS.altLabel);
        Dataset ds = DatasetFactory.wrap(store.dataset());
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.create(q.asQuery(), ds)) {
                ResultSet rs = qe.execSelect();
                Entity current = null;
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    String iri = row.getResource("actor").getURI();
                    if (current == null || !current.id().equals(iri)) {
                        if (current != null) directory.learn(current);
                        current = new Entity(iri, typeOf(row.getResource("type").getURI()), row.getLiteral("label").getString());
                    }
                    // A renamed actor has the labels its documents gave it ("Abenov", "Daulet Abenov"): all are its names.
                    current.aliases().add(row.getLiteral("label").getString());
                    if (row.contains("alias")) current.aliases().add(row.getLiteral("alias").getString());
                }
                if (current != null) directory.learn(current);
            }
        });
        return directory;
    }

    private static MentionType typeOf(String classIri) {
        if (classIri.equals(CG.Person.getURI())) return MentionType.PERSON;
        if (classIri.equals(CG.Organization.getURI())) return MentionType.ORGANIZATION;
        return MentionType.LOCATION;
    }
}
