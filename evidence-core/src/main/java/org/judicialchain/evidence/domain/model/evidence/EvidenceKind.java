package org.judicialchain.evidence.domain.model.evidence;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a piece of evidence is. The code is what goes into the anchored leaf (uint16), so codes
 * are fixed forever: add new kinds with new codes, never renumber.
 */
public enum EvidenceKind {
    LOAN_CONTRACT(1),
    COLLECTION_AUTHORIZATION(2),
    DEBT_TRANSFER(3),
    CALL_RECORDING(4),
    VISIT_RECORD(5),
    SMS_NOTICE(6),
    REPAYMENT_RECORD(7),
    /** A signed ruling, decision or judicial confirmation the court issued. */
    COURT_DOCUMENT(8),
    OTHER(99);

    private final int code;

    EvidenceKind(int code) {
        this.code = code;
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
