package org.claimgraph.doc;

public enum MentionType {
    PERSON, ORGANIZATION, LOCATION, DATE, NUMBER;

    /** True for the types that name actors. */
    public boolean isActor() { return this == PERSON || this == ORGANIZATION || this == LOCATION; }
}
