package org.claimgraph.store;

import java.math.BigInteger;

import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.datatypes.DatatypeFormatException;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * xsd:integer literals beyond 64 bits, as a new database's node table must be given them. TDB2 (Jena
 * 6.0.0 to 6.2.0) writes an integer it cannot inline into its node table by value, RDF Thrift's 64-bit
 * integer, from {@code BigInteger.longValue()}: 123456789012345678901234 came back, once the database
 * was reopened, as -7269072992350064654. The same literal given with a datatype object that has
 * xsd:integer's IRI but is not {@link XSDDatatype#XSDinteger} is written by its lexical form and IRI,
 * has the same key in the node table (a hash of lexical form and datatype IRI), and reads back as the
 * xsd:integer it was. Only for a database nothing reads while it is written: until it is closed, the
 * node table's cache answers with the stand-in.
 */
final class WideIntegers {
    private static final RDFDatatype BY_LEXICAL_FORM = new BaseDatatype(XSDDatatype.XSDinteger.getURI());
    /** Shorter lexical forms are within a long's range (Long.MAX_VALUE has 19 digits). */
    private static final int LONG_DIGITS = 19;

    private WideIntegers() {}

    /** The literal as the node table should be given it: itself, or a stand-in if it is an integer beyond 64 bits. */
    static Node storable(Node literal) {
        if (literal.getLiteralLexicalForm().length() < LONG_DIGITS || !XSDDatatype.XSDinteger.equals(literal.getLiteralDatatype())) return literal;
        Object value;
        try {
            value = literal.getLiteralValue();
        } catch (DatatypeFormatException e) {
            return literal;   // not a number: stored by its lexical form anyway
        }
        if (value instanceof BigInteger big && big.bitLength() > Long.SIZE - 1) {
            return NodeFactory.createLiteralDT(literal.getLiteralLexicalForm(), BY_LEXICAL_FORM);
        }
        return literal;
    }
}
