package org.judicialchain.evidence.domain.model.lifecycle;

import java.util.Objects;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.service.LifecycleLedger.Role;

/**
 * One call the portal asks the CaseLifecycle contract to make for a case, and who must sign it: the portal's
 * operator account for what is nobody's decision (opening, the escalation policy's steps, recording the debtor's
 * dispute), or the account of the institution whose decision it is ({@link #signer}): the creditor for a settlement,
 * an agency authorisation or a transfer; the court for its decisions. The contract checks that signer's own rights.
 *
 * @param caseId    salted case id (the case commitment), never the case reference
 * @param org       OPEN: the creditor's tag; SET_AGENCY: the agency's tag (zero revokes); TRANSFER: the new creditor's
 *                  tag (so that its account can be bound as its lender first); otherwise unused (zero)
 * @param account   TRANSFER only: the chain account of the new creditor
 * @param signer    whose account signs; empty for the portal's operator account
 * @param validFrom SET_AGENCY only: start of the authorisation window (Unix seconds)
 * @param validTo   SET_AGENCY only: end of the authorisation window (Unix seconds, exclusive)
 */
public record LifecycleStep(Kind kind, Bytes32 caseId, CaseState to, Bytes32 reason, Bytes32 org, Optional<String> account,
                            Optional<Signer> signer, long validFrom, long validTo) {

    public enum Kind { OPEN, TRANSITION, SET_AGENCY, TRANSFER }

    /** The institution whose account signs a step, and the role its account is bound to on the contract. */
    public record Signer(String institution, Role role) {
        public Signer {
            Objects.requireNonNull(institution, "institution");
            Objects.requireNonNull(role, "role");
        }
    }

    public LifecycleStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(signer, "signer");
        if (kind == Kind.TRANSITION && to == null) {
            throw new IllegalArgumentException("TRANSITION needs a target state");
        }
        if (kind == Kind.TRANSFER && (account.isEmpty() || signer.isEmpty())) {
            throw new IllegalArgumentException("TRANSFER needs the new creditor's account and the creditor's signature");
        }
        if (kind == Kind.SET_AGENCY && signer.isEmpty()) {
            throw new IllegalArgumentException("SET_AGENCY is signed by the creditor");
        }
    }

    public static LifecycleStep open(Bytes32 caseId, Bytes32 creditor) {
        return new LifecycleStep(Kind.OPEN, caseId, CaseState.OVERDUE, Bytes32.ZERO, creditor, Optional.empty(),
                Optional.empty(), 0, 0);
    }

    /** A state change signed by the portal's operator account (escalation policy, the debtor's dispute). */
    public static LifecycleStep transition(Bytes32 caseId, CaseState to, Bytes32 reason) {
        return new LifecycleStep(Kind.TRANSITION, caseId, to, reason, Bytes32.ZERO, Optional.empty(), Optional.empty(), 0, 0);
    }

    /** A state change signed by an institution's own account (a creditor's settlement, a court's decision). */
    public static LifecycleStep transition(Bytes32 caseId, CaseState to, Bytes32 reason, Signer signer) {
        return new LifecycleStep(Kind.TRANSITION, caseId, to, reason, Bytes32.ZERO, Optional.empty(), Optional.of(signer), 0, 0);
    }

    /** The creditor authorises {@code agency} for [validFrom, validTo), or revokes (agency zero, window ignored). */
    public static LifecycleStep setAgency(Bytes32 caseId, Bytes32 agency, long validFrom, long validTo, Bytes32 reason,
                                          String creditor) {
        return new LifecycleStep(Kind.SET_AGENCY, caseId, null, reason, agency, Optional.empty(),
                Optional.of(new Signer(creditor, Role.LENDER)), validFrom, validTo);
    }

    /**
     * The creditor assigns the debt to the lender bound to {@code toAccount} ({@code toCreditor}'s tag), on the
     * agreement {@code reason}.
     */
    public static LifecycleStep transfer(Bytes32 caseId, Bytes32 toCreditor, String toAccount, Bytes32 reason,
                                         String creditor) {
        return new LifecycleStep(Kind.TRANSFER, caseId, null, reason, toCreditor, Optional.of(toAccount),
                Optional.of(new Signer(creditor, Role.LENDER)), 0, 0);
    }
}
