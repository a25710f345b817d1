package org.claimgraph.server;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.concurrent.TimeUnit;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.lang.arq.javacc.ARQParser;

/**
 * Fuseki's SPARQL query service, with the request's {@link Deadline} for parsing and running: a query
 * that cannot be parsed before it gets 400, and the query runs with the time left, not a fresh timeout.
 * (Jena's parser copies a long token's buffer as it grows: a 4 MB string literal took 5 s to parse.)
 */
final class GuardedQuery extends SPARQL_QueryDataset {
    /** Thrown by the parser's input once the deadline has passed. */
    private static final class OutOfTime extends RuntimeException {
        OutOfTime() { super(null, null, false, false); }
    }

    /** Queries up to this long parse in a few milliseconds; only longer ones can be slow to parse. */
    static final int QUICK_PARSE_CHARS = 64 * 1024;

    @Override
    protected void execute(String queryString, HttpAction action) {
        Deadline deadline = Deadline.current();
        if (deadline != null) {
            // A short query parses in milliseconds, so only a long one is parsed twice, the first time on the clock.
            boolean quick = queryString.length() <= QUICK_PARSE_CHARS;
            if (quick && deadline.passed()) ServletOps.error(503, "the query's time ran out before it could run; retry later");
            if (!quick && !parsesBefore(queryString, deadline))
                ServletOps.errorBadRequest("the query could not be parsed within the server's timeout; send a shorter query");
        }
        super.execute(queryString, action);
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        Deadline deadline = Deadline.current();
        if (deadline == null) return super.createQueryExec(action, query, dataset);
        return QueryExec.newBuilder().dataset(dataset).query(query).context(action.getContext())
                .timeout(deadline.remainingMs(), TimeUnit.MILLISECONDS).build();
    }

    /**
     * Parses once with input that stops at the deadline. A syntax error counts as parsed: Fuseki's own
     * parse, as quick as this one, reports it.
     */
    static boolean parsesBefore(String queryString, Deadline deadline) {
        Reader in = new FilterReader(new StringReader(queryString)) {
            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                if (deadline.passed()) throw new OutOfTime();
                return super.read(buf, off, Math.min(len, 4096));
            }

            @Override
            public int read() throws IOException {
                if (deadline.passed()) throw new OutOfTime();
                return super.read();
            }
        };
        Query query = new Query();
        query.setSyntax(Syntax.syntaxARQ);
        query.setBaseURI("http://server/unset-base/");
        ARQParser parser = new ARQParser(in);
        parser.setQuery(query);
        try {
            parser.QueryUnit();
        } catch (OutOfTime e) {
            return false;
        } catch (Exception | Error e) {
            // a syntax error: reported by Fuseki's parse
        }
        return true;
    }
}
