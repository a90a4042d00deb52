package org.judicialchain.portal.it;

/**
 * What the hostile requests aim at: a real case of lender-a1 (bank-a) that agency-x may collect on,
 * another lender's case, an anchored evidence item of the first case and its genuine receipt.
 */
record HostileFixture(String caseRef, String otherLendersCase, String evidenceId, String receiptJson) {
}
