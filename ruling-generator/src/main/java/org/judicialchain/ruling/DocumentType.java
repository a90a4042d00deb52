package org.judicialchain.ruling;

/**
 * The signed documents the court issues. Generation (iText 9, PDF/A-3b, PAdES-BASELINE-T) and
 * verification are built in the signed-documents work; this module is their home.
 */
public enum DocumentType {
    /** A judicial confirmation of a settlement: a civil ruling, titled 民事裁定书 in Chinese. */
    JUDICIAL_CONFIRMATION,
    /** 裁定书 / 决定书: ruling or decision on a debtor's objection. */
    OBJECTION_DECISION
}
