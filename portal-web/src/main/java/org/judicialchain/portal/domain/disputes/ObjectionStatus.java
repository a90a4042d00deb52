package org.judicialchain.portal.domain.disputes;

/** Where an objection stands: filed, answered by the lender or an agency, taken up by a judge, decided. */
public enum ObjectionStatus {
    FILED, ANSWERED, ASSIGNED, DECIDED
}
