package org.judicialchain.evidence.domain.model.evidence;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a piece of evidence is. The code is what goes into the anchored leaf (uint16), so codes
 * are fixed forever: add new kinds with new codes, never renumber.
 */
public enum EvidenceKind {
    LOAN_CONTRACT(1, false),
    /** The agreement appointing an agency; recorded by the authorisation itself. */
    COLLECTION_AUTHORIZATION(2, true),
    /** The agreement assigning the debt; recorded by the transfer itself. */
    DEBT_TRANSFER(3, true),
    CALL_RECORDING(4, false),
    VISIT_RECORD(5, false),
    SMS_NOTICE(6, false),
    /** A repayment the creditor or its agency recorded; it counts against what is owed. */
    REPAYMENT_RECORD(7, true),
    /** A signed ruling, decision or judicial confirmation the court issued. */
    COURT_DOCUMENT(8, true),
    /** A payer's own proof of a payment (a bank slip): what a debtor cites; it settles nothing by itself. */
    PAYMENT_PROOF(9, false),
    OTHER(99, false);

    private final int code;
    private final boolean reserved;

    EvidenceKind(int code, boolean reserved) {
        this.code = code;
        this.reserved = reserved;
    }

    /**
     * Whether only the use case that makes this kind of record writes it (a transfer, an authorisation, a repayment, a
     * court document): on the chain its kind says what it is, so nobody may file one as general evidence.
     */
    public boolean reserved() {
        return reserved;
    }

    public int code() {
        return code;
    }

    /** Parses a kind name, with a message that lists the accepted names. */
    public static EvidenceKind parse(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("kind is missing; one of " + names());
        }
        try {
            return valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown kind '" + name + "'; one of " + names());
        }
    }

    public static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
