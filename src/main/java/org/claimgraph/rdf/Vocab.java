package org.claimgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.claimgraph.vocab.CG;

/**
 * The terms of the vocabularies claimgraph reuses that Jena does not ship (NIF, PROV, schema.org over
 * https, OWL-Time), each IRI written once, plus the prefixes used in output. claimgraph's own terms
 * come from {@link CG}, generated from ontology/claimgraph.ttl.
 */
public final class Vocab {
    private Vocab() {}

    public static final String NIF_NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String PROV_NS = "http://www.w3.org/ns/prov#";
    public static final String SCHEMA_NS = "https://schema.org/";
    public static final String TIME_NS = "http://www.w3.org/2006/time#";
    public static final String WIKIDATA_NS = "http://www.wikidata.org/entity/";

    public static final Node NIF_BEGIN = nif("beginIndex");
    public static final Node NIF_END = nif("endIndex");
    public static final Node NIF_ANCHOR = nif("anchorOf");
    public static final Node NIF_IS_STRING = nif("isString");
    public static final Node NIF_CONTEXT = nif("referenceContext");

    public static final Node PROV_DERIVED_FROM = NodeFactory.createURI(PROV_NS + "wasDerivedFrom");

    public static final Node SCHEMA_HEADLINE = schema("headline");
    public static final Node SCHEMA_DATE_PUBLISHED = schema("datePublished");
    public static final Node SCHEMA_DATE_CREATED = schema("dateCreated");
    public static final Node SCHEMA_AUTHOR = schema("author");
    public static final Node SCHEMA_URL = schema("url");
    public static final Node SCHEMA_PUBLISHER = schema("publisher");
    public static final Node SCHEMA_NAME = schema("name");
    public static final Node SCHEMA_TEXT = schema("text");
    public static final Node SCHEMA_ABOUT = schema("about");
    public static final Node SCHEMA_PARENT_ITEM = schema("parentItem");
    public static final Node SCHEMA_IN_LANGUAGE = schema("inLanguage");
    public static final Node SCHEMA_ROLE_NAME = schema("roleName");
    public static final Node SCHEMA_VALUE = schema("value");
    public static final Node SCHEMA_MIN_VALUE = schema("minValue");
    public static final Node SCHEMA_MAX_VALUE = schema("maxValue");
    public static final Node SCHEMA_PERSON = schema("Person");
    public static final Node SCHEMA_ORGANIZATION = schema("Organization");

    public static final Node TIME_INSTANT = NodeFactory.createURI(TIME_NS + "Instant");
    public static final Node TIME_IN_XSD_DATE = NodeFactory.createURI(TIME_NS + "inXSDDate");
    public static final Node TIME_IN_XSD_YEAR_MONTH = NodeFactory.createURI(TIME_NS + "inXSDgYearMonth");
    public static final Node TIME_IN_XSD_YEAR = NodeFactory.createURI(TIME_NS + "inXSDgYear");

    /** Prefixes for Turtle output, SPARQL queries and JSON-LD. */
    public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("cg", CG.NS)
            .setNsPrefix("doc", org.claimgraph.doc.Iris.DOCUMENT)
            .setNsPrefix("actor", org.claimgraph.doc.Iris.ACTOR)
            .setNsPrefix("nif", NIF_NS)
            .setNsPrefix("prov", PROV_NS)
            .setNsPrefix("schema", SCHEMA_NS)
            .setNsPrefix("time", TIME_NS)
            .setNsPrefix("wd", WIKIDATA_NS)
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("owl", OWL.getURI())
            .setNsPrefix("xsd", XSD.getURI())
            .setNsPrefix("skos", SKOS.getURI())
            .setNsPrefix("dcterms", DCTerms.getURI())
            .lock();

    private static Node nif(String local) { return NodeFactory.createURI(NIF_NS + local); }

    private static Node schema(String local) { return NodeFactory.createURI(SCHEMA_NS + local); }
}
