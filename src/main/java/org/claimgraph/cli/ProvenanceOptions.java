package org.claimgraph.cli;

import org.claimgraph.rdf.Provenance;
import picocli.CommandLine.Option;

/** --provenance, shared by the commands that write documents' graphs (extract, ingest, spark). */
public final class ProvenanceOptions {
    @Option(names = "--provenance", paramLabel = "PROFILE", defaultValue = "full", converter = ProvenanceOptions.Parse.class,
            description = "full (default): every sentence and every mention with its words. claims: the document's text, actors, "
                    + "roles, assertions and quantities with their offsets, and the sentences that hold an assertion as offsets; "
                    + "no mentions, half the quads (docs/data-model.md). For the graph written: not extract's jsonl.")
    Provenance provenance;

    public Provenance provenance() { return provenance; }

    /** "full" or "claims", as the help spells them. */
    static final class Parse implements picocli.CommandLine.ITypeConverter<Provenance> {
        @Override
        public Provenance convert(String value) {
            for (Provenance p : Provenance.values()) {
                if (p.name().equalsIgnoreCase(value)) return p;
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a provenance profile: full or claims");
        }
    }
}
