package org.claimgraph.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The actor network of the whole store, for graph tools. Nodes are actors (label, type, number of
 * documents that mention them). Directed edges, one per (kind, source, target[, predicate]):
 * <ul>
 * <li>{@value #SPEAKS_ABOUT}: an assertion's source to an actor its content speaks of (cg:source → cg:about);</li>
 * <li>{@value #CLAIMS_RELATION}: a claimed relation's subject to its object (cg:claimsRelation),
 *     labelled with the predicate as the text words it;</li>
 * <li>{@value #HOLDS_ROLE_IN}: an actor to the organization or country of a role it holds (cg:roleIn),
 *     labelled with the role names.</li>
 * </ul>
 * The weight is the number of assertions behind the edge (for roles, the number of articles that
 * state one); first and last are the earliest and latest statement dates (for roles, publication
 * dates) as ISO strings. Assertions read from reader comments are left out, as in queries/.
 */
record ActorNetwork(List<Actor> actors, List<Edge> edges) {
    static final String SPEAKS_ABOUT = "speaks about";
    static final String CLAIMS_RELATION = "claims relation";
    static final String HOLDS_ROLE_IN = "holds role in";

    record Actor(String id, String label, String type, long documents) {}

    record Edge(String id, String kind, String source, String target, String label, long weight, String first, String last) {}

    private static final String ACTORS = """
            SELECT ?actor (SAMPLE(?label0) AS ?label) (SAMPLE(?type0) AS ?type) (COUNT(DISTINCT ?doc) AS ?documents)
            WHERE {
              ?actor a cg:Actor .
              OPTIONAL { ?actor rdfs:label ?label0 }
              OPTIONAL { ?actor a ?type0 FILTER (?type0 IN (cg:Person, cg:Organization, cg:Location)) }
              OPTIONAL { ?actor cg:mentionedIn ?doc }
            } GROUP BY ?actor ORDER BY ?actor
            """;

    private static final String SPEAKS = """
            SELECT ?from ?to ("" AS ?label) (COUNT(DISTINCT ?a) AS ?weight) (MIN(STR(?date)) AS ?first) (MAX(STR(?date)) AS ?last)
            WHERE {
              ?a a cg:Assertion ; cg:source ?from ; cg:about ?to .
              FILTER NOT EXISTS { ?a cg:inComment true }
              FILTER (?from != ?to)
              OPTIONAL { ?a cg:statementDate ?date }
            } GROUP BY ?from ?to ORDER BY ?from ?to
            """;

    private static final String RELATIONS = """
            SELECT ?from ?to ?label (COUNT(DISTINCT ?a) AS ?weight) (MIN(STR(?date)) AS ?first) (MAX(STR(?date)) AS ?last)
            WHERE {
              ?a cg:claimsRelation ?r .
              ?r cg:relationSubject ?from ; cg:relationObject ?to ; cg:relationPredicate ?label .
              FILTER NOT EXISTS { ?a cg:inComment true }
              OPTIONAL { ?a cg:statementDate ?date }
            } GROUP BY ?from ?to ?label ORDER BY ?from ?to ?label
            """;

    private static final String ROLES = """
            SELECT ?from ?to (GROUP_CONCAT(DISTINCT ?name; separator="; ") AS ?label) (COUNT(DISTINCT ?doc) AS ?weight)
                   (MIN(STR(?date)) AS ?first) (MAX(STR(?date)) AS ?last)
            WHERE {
              ?from cg:holdsRole ?r . ?r cg:roleIn ?to ; schema:roleName ?name ; prov:wasDerivedFrom ?doc .
              OPTIONAL { ?doc schema:datePublished ?date }
            } GROUP BY ?from ?to ORDER BY ?from ?to
            """;

    static ActorNetwork of(DatasetGraph dataset) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (Binding r : Sparql.select(dataset, ACTORS)) {
            String id = Sparql.str(r, "actor");
            String type = Sparql.str(r, "type");
            actors.put(id, new Actor(id, orElse(Sparql.str(r, "label"), id),
                    type == null ? "Actor" : type.substring(type.lastIndexOf('#') + 1), Sparql.count(r, "documents")));
        }
        List<Edge> edges = new ArrayList<>();
        edges(dataset, SPEAKS, SPEAKS_ABOUT, edges, actors);
        edges(dataset, RELATIONS, CLAIMS_RELATION, edges, actors);
        edges(dataset, ROLES, HOLDS_ROLE_IN, edges, actors);
        return new ActorNetwork(List.copyOf(actors.values()), List.copyOf(edges));
    }

    private static void edges(DatasetGraph dataset, String query, String kind, List<Edge> edges, Map<String, Actor> actors) {
        for (Binding r : Sparql.select(dataset, query)) {
            String from = Sparql.str(r, "from");
            String to = Sparql.str(r, "to");
            // An edge end that is not typed as an actor still becomes a node, so every edge has both ends.
            for (String end : new String[] {from, to}) actors.computeIfAbsent(end, id -> new Actor(id, id, "Actor", 0));
            String label = Sparql.str(r, "label");
            edges.add(new Edge("e" + edges.size(), kind, from, to, label == null || label.isEmpty() ? kind : label,
                    Sparql.count(r, "weight"), blankToNull(Sparql.str(r, "first")), blankToNull(Sparql.str(r, "last"))));
        }
    }

    private static String orElse(String s, String otherwise) { return s != null ? s : otherwise; }

    private static String blankToNull(String s) { return s == null || s.isEmpty() ? null : s; }
}
