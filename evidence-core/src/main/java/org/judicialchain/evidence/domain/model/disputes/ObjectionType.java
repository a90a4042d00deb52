package org.judicialchain.evidence.domain.model.disputes;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What a debtor objects to. */
public enum ObjectionType {
    AMOUNT_DISPUTED,
    NOT_MY_DEBT,
    ALREADY_REPAID,
    ILLEGAL_COLLECTION,
    PRIVACY_BREACH,
    OTHER;

    /** Filing one of these moves the case to DISPUTED, which pauses collection until the court decides. */
    public boolean pausesCollection() {
        return this == ILLEGAL_COLLECTION || this == AMOUNT_DISPUTED;
    }

    /** Objections to collection conduct are answered by the agency as well as the lender. */
    public boolean concernsConduct() {
        return this == ILLEGAL_COLLECTION || this == PRIVACY_BREACH;
    }

    public static ObjectionType parse(String name) {
        try {
            return valueOf(name == null ? "" : name.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("type must be one of " + names());
        }
    }

    public static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
