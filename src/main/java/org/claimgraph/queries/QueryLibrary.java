package org.claimgraph.queries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * The analysts' query library: one SPARQL query per queries/*.rq file, its comment header saying what it
 * answers. A header line {@code # Parameter ?name: what it is} declares a variable the analyst may bind
 * to ask about one actor or one counted thing; left unbound, the query answers for all of them.
 */
public final class QueryLibrary {
    private static final Pattern PARAMETER = Pattern.compile("^#\\s*Parameter\\s+\\?(\\w+)\\s*:\\s*(.*)$", Pattern.MULTILINE);
    private static final Pattern IRI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://\\S+$");

    /** A declared parameter: the variable's name without "?", and what it stands for. */
    public record Parameter(String name, String description) {}

    /** One query of the library: file name without ".rq", the comment header, the text, the parsed query. */
    public record Named(String name, String title, String text, Query query, List<Parameter> parameters) {
        /**
         * The query with the given values bound: a VALUES block opens its WHERE clause, just as an analyst
         * would bind it by hand over HTTP, so the text stays valid SPARQL wherever the variable is used
         * (projection, GROUP BY, ORDER BY), and Jena joins the rest of the pattern to those values first.
         */
        public Query bind(Map<String, Node> values) {
            if (values.isEmpty()) return query;
            ElementData data = new ElementData();
            BindingBuilder row = BindingBuilder.create();
            values.forEach((name, value) -> {
                data.add(Var.alloc(name));
                row.add(Var.alloc(name), value);
            });
            data.add(row.build());
            Query bound = query.cloneQuery();
            ElementGroup where = new ElementGroup();
            where.addElement(data);
            if (bound.getQueryPattern() instanceof ElementGroup group) group.getElements().forEach(where::addElement);
            else where.addElement(bound.getQueryPattern());
            bound.setQueryPattern(where);
            return bound;
        }
    }

    private QueryLibrary() {}

    public static List<Named> load(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Named> out = new ArrayList<>();
            for (Path f : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) out.add(read(f));
            if (out.isEmpty()) throw new IllegalArgumentException("no .rq files in " + dir);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read queries in " + dir, e);
        }
    }

    public static Named read(Path file) throws IOException {
        String text = Files.readString(file);
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        return parse(name, text);
    }

    public static Named parse(String name, String text) {
        StringBuilder title = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) break;
            if (!title.isEmpty()) title.append(' ');
            title.append(line.substring(1).strip());
        }
        List<Parameter> parameters = new ArrayList<>();
        Matcher m = PARAMETER.matcher(text);
        while (m.find()) parameters.add(new Parameter(m.group(1), m.group(2).strip()));
        return new Named(name, title.toString(), text, QueryFactory.create(text), List.copyOf(parameters));
    }

    /** A parameter value as typed by a user: an absolute IRI ("https://...", or in angle brackets), else a string. */
    public static Node value(String typed) {
        String v = typed.strip();
        if (v.startsWith("<") && v.endsWith(">")) return NodeFactory.createURI(v.substring(1, v.length() - 1));
        if (IRI.matcher(v).matches()) return NodeFactory.createURI(v);
        return NodeFactory.createLiteralString(v);
    }
}
