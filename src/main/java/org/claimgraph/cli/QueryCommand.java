package org.claimgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.syntax.PatternVars;
import org.apache.jena.system.Txn;
import org.claimgraph.queries.QueryLibrary;
import org.claimgraph.store.GraphStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query on the database (the default graph is the union of the document graphs).",
                "Prefixes cg:, schema:, nif:, prov:... must be declared in the query, as in queries/*.rq.",
                "--param binds a variable before the query runs. The library's queries declare theirs in their header "
                        + "(e.g. ?actor in queries/claims-of-actor.rq) and answer for every value when it is left out."})
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

    @Option(names = "--param", paramLabel = "NAME=VALUE", converter = BindingParser.class,
            description = "Binds the variable ?NAME to VALUE: an IRI (https://...) or else a string. Repeatable.")
    List<Binding> params = new ArrayList<>();

    /** One --param; picocli's own map option said "Value for option option '--param' ... should be in KEY=VALUE format". */
    record Binding(String name, String value) {}

    static final class BindingParser implements ITypeConverter<Binding> {
        @Override
        public Binding convert(String given) {
            int eq = given.indexOf('=');
            if (eq <= 0) throw new TypeConversionException("'" + given + "' has no '=' (e.g. --param head=citizens)");
            return new Binding(given.substring(0, eq), given.substring(eq + 1));
        }
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String sparql = source.text != null ? source.text : Files.readString(source.file);
        String name = source.file != null ? source.file.toString() : "--query";
        QueryLibrary.Named named;
        try {
            named = QueryLibrary.parse(name, sparql);
        } catch (QueryParseException e) {  // Jena's message goes on to list every token it expected
            throw new IllegalArgumentException("SPARQL syntax error in " + name + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
        Query query = bind(named);
        try (GraphStore db = store.openExisting()) {
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

    /** The query with each --param value in place of its variable; a name the query lacks is an error, not ignored. */
    private Query bind(QueryLibrary.Named named) {
        Map<String, Node> values = new LinkedHashMap<>();
        Set<String> vars = new HashSet<>();
        PatternVars.vars(named.query().getQueryPattern()).forEach(v -> vars.add(v.getVarName()));
        named.query().getProjectVars().forEach(v -> vars.add(v.getVarName()));
        params.forEach(binding -> {
            String name = binding.name(), value = binding.value();
            String var = name.startsWith("?") ? name.substring(1) : name;
            if (!vars.contains(var)) {
                String declared = named.parameters().isEmpty() ? "it declares no parameters"
                        : "its parameters: " + String.join(", ", named.parameters().stream().map(p -> "?" + p.name()).toList());
                throw new ParameterException(spec.commandLine(), "--param " + name + ": the query has no variable ?" + var + " (" + declared + ")");
            }
            values.put(var, QueryLibrary.value(value));
        });
        return named.bind(values);
    }
}
