package org.judicialchain.evidence.domain.model.lifecycle;

import java.util.Objects;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.digest.Bytes32;

/**
 * One call the portal makes on the CaseLifecycle contract for a case. The portal signs every step
 * with its operator account: in its own right (open, reminders, escalation, settlement, the debtor's
 * dispute, agency changes) or, for a court's decision, on behalf of the court's bound account
 * ({@code actor}), which the contract checks as if the court had signed.
 *
 * @param caseId salted case id (the case commitment), never the case reference
 * @param org    OPEN: the creditor's id; SET_AGENCY: the agency's id (zero revokes); TRANSITION_FOR: the
 *               id of the court the actor acts for; otherwise unused
 * @param actor  TRANSITION_FOR only: the chain account whose authority is used
 */
public record LifecycleStep(Kind kind, Bytes32 caseId, CaseState to, Bytes32 reason, Bytes32 org, Optional<String> actor) {

    public enum Kind { OPEN, TRANSITION, TRANSITION_FOR, SET_AGENCY }

    public LifecycleStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actor, "actor");
        if ((kind == Kind.TRANSITION || kind == Kind.TRANSITION_FOR) && to == null) {
            throw new IllegalArgumentException(kind + " needs a target state");
        }
        if (kind == Kind.TRANSITION_FOR && actor.isEmpty()) {
            throw new IllegalArgumentException("TRANSITION_FOR needs the actor's account");
        }
    }

    public static LifecycleStep open(Bytes32 caseId, Bytes32 creditor) {
        return new LifecycleStep(Kind.OPEN, caseId, CaseState.OVERDUE, Bytes32.ZERO, creditor, Optional.empty());
    }

    public static LifecycleStep transition(Bytes32 caseId, CaseState to, Bytes32 reason) {
        return new LifecycleStep(Kind.TRANSITION, caseId, to, reason, Bytes32.ZERO, Optional.empty());
    }

    public static LifecycleStep transitionFor(Bytes32 caseId, CaseState to, Bytes32 reason, Bytes32 court, String actor) {
        return new LifecycleStep(Kind.TRANSITION_FOR, caseId, to, reason, court, Optional.of(actor));
    }

    public static LifecycleStep setAgency(Bytes32 caseId, Bytes32 agency, Bytes32 reason) {
        return new LifecycleStep(Kind.SET_AGENCY, caseId, null, reason, agency, Optional.empty());
    }
}
