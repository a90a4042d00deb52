package org.judicialchain.evidence.domain.service;

/** The contract reverted the transaction: retrying the same call will not help. */
public class LedgerRejectedException extends RuntimeException {
    public LedgerRejectedException(String message) {
        super(message);
    }
}
