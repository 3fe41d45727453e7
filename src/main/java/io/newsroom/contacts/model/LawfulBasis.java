package io.newsroom.contacts.model;

/** Why the newsroom may mail a person (GDPR art. 6, PIPA art. 15): recorded per contact. */
public enum LawfulBasis {
    /** They asked for it. */
    CONSENT,
    /** A journalist covering the field, mailed about their field. */
    LEGITIMATE_INTEREST,
    /** An agreement with them (a partner, an agency). */
    CONTRACT
}
