package org.claimgraph.doc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One actor: a corpus-wide IRI, a type, a label, the other names it goes by, its roles and links. */
public final class Entity implements java.io.Serializable {
    private final String id;
    private final MentionType type;
    private String label;
    private final Set<String> aliases = new LinkedHashSet<>();
    private final List<Role> roles = new ArrayList<>();
    private final Set<String> sameAs = new LinkedHashSet<>();
    private String supersedes;

    public Entity(String id, MentionType type, String label) {
        this.id = id;
        this.type = type;
        this.label = label;
    }

    public String id() { return id; }
    public MentionType type() { return type; }
    public String label() { return label; }
    public void setLabel(String label) { this.label = label; }
    public Set<String> aliases() { return aliases; }
    public List<Role> roles() { return roles; }
    public Set<String> sameAs() { return sameAs; }

    /**
     * The IRI this actor had until this document named it in full ("Abenov", now "Daulet Abenov"); a store
     * renames it in the documents it holds, so the actor's IRI does not depend on which document came first.
     */
    public String supersedes() { return supersedes; }
    public void setSupersedes(String iri) { this.supersedes = iri; }
}
