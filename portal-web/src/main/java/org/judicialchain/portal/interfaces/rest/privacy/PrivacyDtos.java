package org.judicialchain.portal.interfaces.rest.privacy;

import java.time.Instant;
import org.judicialchain.portal.domain.privacy.AccessLog;
import org.judicialchain.portal.domain.privacy.ErasureRequest;

/** JSON shapes of erasure requests and of the access record. */
public final class PrivacyDtos {

    private PrivacyDtos() {
    }

    /** {@code authority}: the institution or court whose decision or order it was. */
    public record ErasureView(String id, String caseRef, String requestedAs, String reason, Instant requestedAt, String status,
                              String authority, Instant decidedAt, String decisionReason) {
        static ErasureView of(ErasureRequest r) {
            return new ErasureView(r.id().toString(), r.caseRef(), r.requestedAs().name(), r.reason(), r.requestedAt(),
                    r.status().name(), r.authority(), r.decidedAt(), r.decisionReason());
        }
    }

    /**
     * One read of the case's content. The debtor is told which institution read, in which role, what and when;
     * {@code actor} (the staff member) only the court and the auditor see.
     */
    public record AccessView(Instant at, String institution, String roles, String action, String subject, String actor) {
        static AccessView of(AccessLog.Access a, boolean withActor) {
            int at = a.actor().indexOf('@');
            String institution = at < 0 ? null : a.actor().substring(at + 1);
            return new AccessView(a.at(), institution, a.roles(), a.action(), a.subject(), withActor ? a.actor() : null);
        }
    }

    /** {@code firstBrokenRow}: the first row whose hash link does not hold (edited, inserted or after a deleted one). */
    public record AccessIntegrity(int rows, boolean intact, Long firstBrokenRow) {
    }
}
