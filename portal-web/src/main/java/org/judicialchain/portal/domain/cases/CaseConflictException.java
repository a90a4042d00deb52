package org.judicialchain.portal.domain.cases;

/** The request contradicts what exists (a duplicate case, a case already settled): answered 409. */
public class CaseConflictException extends RuntimeException {
    public CaseConflictException(String message) {
        super(message);
    }
}
