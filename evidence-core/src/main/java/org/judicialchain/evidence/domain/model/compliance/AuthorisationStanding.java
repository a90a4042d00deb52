package org.judicialchain.evidence.domain.model.compliance;

/** Whether a collection authorisation covers a given instant, and if not, why not. */
public enum AuthorisationStanding {
    NOT_YET_VALID,
    VALID,
    EXPIRED,
    REVOKED
}
