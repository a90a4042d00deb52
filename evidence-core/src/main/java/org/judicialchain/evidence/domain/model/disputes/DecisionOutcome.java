package org.judicialchain.evidence.domain.model.disputes;

/** How a judge or arbitrator decides an objection. */
public enum DecisionOutcome {
    UPHELD,
    PARTIALLY_UPHELD,
    DISMISSED;

    public static DecisionOutcome parse(String name) {
        try {
            return valueOf(name == null ? "" : name.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("outcome must be one of UPHELD, PARTIALLY_UPHELD, DISMISSED");
        }
    }
}
