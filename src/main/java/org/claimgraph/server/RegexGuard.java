package org.claimgraph.server;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.util.Context;

/**
 * Makes every regular expression a query evaluates stop with the query. Jena's REGEX and REPLACE (and
 * fn:matches, fn:replace) hand a String to java.util.regex, which never looks at the cancel flag: a
 * catastrophic pattern kept a core busy for minutes after its timeout. Before Jena optimizes a query
 * (constant folding evaluates expressions there), this rewrite swaps them for versions that match over a
 * {@link BoundedText} guarded by the query's cancel flag and the request's {@link Deadline}.
 */
final class RegexGuard {
    private static final String FN = "http://www.w3.org/2005/xpath-functions#";

    private RegexGuard() {}

    /** Installs the rewrite in the context of a dataset, for every query on it. */
    static void install(Context context) {
        context.set(ARQConstants.sysOptimizerFactory, (RewriteFactory) queryContext -> {
            Rewrite standard = Optimize.stdOptimizationFactory.create(queryContext);
            BoundedText.Guard guard = new BoundedText.Guard(Context.getOrSetCancelSignal(queryContext), Deadline.current());
            return op -> standard.rewrite(guarded(op, guard));
        });
    }

    static Op guarded(Op op, BoundedText.Guard guard) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof Regex || func instanceof Replace) return super.transform(func, args);
                if (func instanceof E_Regex || isFunction(func, "matches")) return new Regex(args, guard);
                if (func instanceof E_StrReplace || isFunction(func, "replace")) return new Replace(args, guard);
                return super.transform(func, args);
            }
        }, op);
    }

    private static boolean isFunction(ExprFunctionN func, String name) {
        return func instanceof E_Function f && (FN + name).equals(f.getFunctionIRI());
    }

    /** The last pattern compiled, reused while a query evaluates the same one row after row. */
    private static final class Patterns {
        private String key;
        private Pattern pattern;

        synchronized Pattern get(String label, List<NodeValue> args, int patternAt) {
            String regex = NodeValueOps.checkAndGetStringLiteral(label, args.get(patternAt)).getLiteralLexicalForm();
            String flags = args.size() > patternAt + 1 && args.get(patternAt + 1) != null
                    ? NodeValueOps.checkAndGetStringLiteral(label, args.get(patternAt + 1)).getLiteralLexicalForm() : null;
            String k = flags + "\u0000" + regex;
            if (!k.equals(key)) {
                pattern = RegexEngine.makePattern(label, regex, flags);
                key = k;
            }
            return pattern;
        }
    }

    /** REGEX(text, pattern [, flags]) over a guarded text. */
    static final class Regex extends E_Regex {
        private final BoundedText.Guard guard;
        private final Patterns patterns = new Patterns();

        Regex(ExprList args, BoundedText.Guard guard) {
            super(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
            this.guard = guard;
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
            Pattern p = patterns.get("REGEX", args, 1);
            return NodeValue.booleanReturn(p.matcher(new BoundedText(text.getLiteralLexicalForm(), guard)).find());
        }

        @Override
        public Expr copy(ExprList newArgs) { return new Regex(newArgs, guard); }
    }

    /** REPLACE(text, pattern, replacement [, flags]) over a guarded text; keeps the text's language tag. */
    static final class Replace extends E_StrReplace {
        private final BoundedText.Guard guard;
        private final Patterns patterns = new Patterns();

        Replace(ExprList args, BoundedText.Guard guard) {
            super(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
            this.guard = guard;
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
            String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
            List<NodeValue> patternAndFlags = args.size() > 3 ? List.of(args.get(1), args.get(3)) : List.of(args.get(1));
            Matcher m = patterns.get("REPLACE", patternAndFlags, 0).matcher(new BoundedText(text.getLiteralLexicalForm(), guard));
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                if (m.start() == m.end()) throw new ExprEvalException("REPLACE: the pattern matches the empty string");
                m.appendReplacement(out, replacement);
            }
            m.appendTail(out);
            String lang = text.getLiteralLanguage();
            return lang.isEmpty() ? NodeValue.makeString(out.toString()) : NodeValue.makeLangString(out.toString(), lang);
        }

        @Override
        public Expr copy(ExprList newArgs) { return new Replace(newArgs, guard); }
    }
}
