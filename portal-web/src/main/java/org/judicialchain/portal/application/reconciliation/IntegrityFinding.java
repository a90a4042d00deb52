package org.judicialchain.portal.application.reconciliation;

/** One thing the database and the chain disagree on: which case, which item, and what is wrong with it. */
public record IntegrityFinding(String caseRef, String item, String problem) {
}
