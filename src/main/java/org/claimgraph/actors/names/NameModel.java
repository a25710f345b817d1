package org.claimgraph.actors.names;

import java.util.function.Supplier;

import opennlp.tools.namefind.TokenNameFinderModel;
import org.claimgraph.doc.MentionType;
import org.claimgraph.language.Models;

/**
 * claimgraph's statistical name model: where it ships and the outcome types it was trained with.
 * Trained and rebuilt by {@link NameModelTrainer} (`claimgraph train ner`). It reads the tokens alone: the
 * part-of-speech tags of the language stage as extra context measured worse on CoNLL-2003 eng.testa
 * (micro-F1 0.897 with them, 0.908 without).
 */
public final class NameModel {
    /** Where the model, its feature descriptor and the name finders' word lists ship on the classpath. */
    static final String DIR = "org/claimgraph/actors/names/";
    /** The shipped model on the classpath. */
    static final String RESOURCE = DIR + "en-ner-news.bin";
    /** The default feature-generator descriptor a model is trained with. */
    static final String FEATURES = DIR + "ner-features.xml";

    static final String PERSON = "person";
    static final String ORGANIZATION = "organization";
    static final String LOCATION = "location";
    /** Nationalities, events, products: learnt as a type of their own, and dropped at output. */
    static final String MISC = "misc";

    private NameModel() {}

    /** The shipped model for all finders of this JVM, loading on a thread of its own from the first call on. */
    static Supplier<TokenNameFinderModel> shared() { return Shared.MODEL; }

    private static final class Shared {
        static final Supplier<TokenNameFinderModel> MODEL = Models.loadInBackground(RESOURCE, TokenNameFinderModel::new);
    }

    /** The model's outcome type as a mention type; null for MISC and anything else no actor is. */
    static MentionType typeOf(String modelType) {
        return switch (modelType) {
            case PERSON -> MentionType.PERSON;
            case ORGANIZATION -> MentionType.ORGANIZATION;
            case LOCATION -> MentionType.LOCATION;
            default -> null;
        };
    }

    /** A mention type as the span type of a name finder (the model's outcome type). */
    static String typeName(MentionType type) {
        return switch (type) {
            case PERSON -> PERSON;
            case ORGANIZATION -> ORGANIZATION;
            case LOCATION -> LOCATION;
            default -> throw new IllegalArgumentException("no name type: " + type);
        };
    }

    /** A corpus label (PER, ORG, LOC, MISC, OTH...) as the model's type; {@code misc} when other kinds are kept. */
    static String typeOfLabel(String label, boolean keepMisc) {
        return switch (label) {
            case "PER", "PERSON" -> PERSON;
            case "ORG", "ORGANIZATION" -> ORGANIZATION;
            case "LOC", "LOCATION", "GPE" -> LOCATION;
            default -> keepMisc ? MISC : null;
        };
    }
}
