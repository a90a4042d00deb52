package org.judicialchain.ruling.document;

/**
 * Which copy of a decision a PDF is. The copy served on the parties identifies them (full names, ID numbers);
 * the copy for publication masks them. Both are signed and anchored, and each says on its face and in its
 * manifest which one it is, so that neither can pass for the other.
 */
public enum DocumentCopy {
    /** Served on the parties: the full personal data the court's practice requires. */
    SERVED,
    /** For publication: names masked, no ID numbers. */
    PUBLIC
}
