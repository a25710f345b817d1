package org.claimgraph.doc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Mints every IRI claimgraph gives out. Documents are named by a hash of their text, so the same
 * article saved twice is one document; actors by type and a slug of their canonical name, so the
 * same actor gets the same IRI in every document, run and ingestion order. See ontology/claimgraph.ttl.
 */
public final class Iris {
    public static final String BASE = "https://w3id.org/claimgraph/id/";
    public static final String DOCUMENT = BASE + "document/";
    public static final String ACTOR = BASE + "actor/";

    private Iris() {}

    public static String document(String text) {
        return DOCUMENT + sha256(text).substring(0, 16);
    }

    /** A document named by the user (--id): the name is kept readable but made IRI-safe. */
    public static String namedDocument(String name) {
        return DOCUMENT + slug(name);
    }

    public static String actor(MentionType type, String canonicalName) {
        return ACTOR + type.name().toLowerCase(Locale.ROOT) + "/" + slug(canonicalName);
    }

    /**
     * An actor only one document can name: its slug, "--" (which no slug holds) and the document's hash.
     * "Hillary" in an article that names no Hillary in full, when the corpus knows no one or two Hillarys.
     */
    public static String documentActor(MentionType type, String name, String documentIri) {
        return actor(type, name) + "--" + documentIri.substring(documentIri.lastIndexOf('/') + 1);
    }

    /** An IRI of {@link #documentActor}: no other document's name may join it. */
    public static boolean isDocumentActor(String iri) {
        return iri.startsWith(ACTOR) && iri.contains("--");
    }

    /** RFC 5147 / NIF fragment for a span of a document's text. */
    public static String span(String documentIri, Span span) {
        return documentIri + "#char=" + span.start() + "," + span.end();
    }

    public static String assertion(String documentIri, int index) {
        return documentIri + "/assertion/" + index;
    }

    public static String part(String parentIri, String kind, int index) {
        return parentIri + "/" + kind + "/" + index;
    }

    // compiled once: String.replaceAll compiled each of them for every actor of every document
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern END_DASHES = Pattern.compile("(^-+|-+$)");

    /** Lower-case ASCII words joined by '-', accents folded: "Sergei Lavrov" -> "sergei-lavrov". */
    public static String slug(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String s = END_DASHES.matcher(NOT_ALNUM.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        return s.isEmpty() ? sha256(name).substring(0, 12) : s;
    }

    public static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
