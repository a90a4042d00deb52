package org.judicialchain.ruling.document;

/** A party's part in the case; the templates' labels file words it per language and document. */
public enum PartyRole {
    CREDITOR,
    DEBTOR,
    COLLECTION_AGENCY,
    OTHER
}
