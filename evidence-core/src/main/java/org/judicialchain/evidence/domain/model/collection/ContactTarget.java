package org.judicialchain.evidence.domain.model.collection;

/**
 * Whose number or address a contact was aimed at, or who answered. The rules need only this
 * distinction, never the raw number: records carry only an opaque contact id (a salted hash or a
 * masked number) beside it.
 */
public enum ContactTarget {
    /** The debtor of the case. */
    DEBTOR,
    /** Anyone else: a relative, an employer, an emergency contact, a stranger who picked up. */
    THIRD_PARTY
}
