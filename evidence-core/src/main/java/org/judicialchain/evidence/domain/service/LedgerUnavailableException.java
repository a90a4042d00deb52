package org.judicialchain.evidence.domain.service;

/** The chain node could not be reached or did not answer in time; the caller should retry later. */
public class LedgerUnavailableException extends RuntimeException {
    public LedgerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
