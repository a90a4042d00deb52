package org.judicialchain.portal.domain.cases;

import java.time.Instant;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.custody.CustodyEventType;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.digest.StreamingDigester;
import org.judicialchain.evidence.domain.model.lifecycle.EscalationPolicy;
import org.judicialchain.portal.domain.shared.CustodyEvent;

/**
 * What happened to a loan case. Most are one entry of the case's custody log each; the parties to tell
 * follow from them.
 */
public sealed interface LoanCaseEvent {

    /** The case after the event. */
    CaseRow loanCase();

    Instant at();

    default String caseRef() {
        return loanCase().caseRef();
    }

    /** The events that are an entry of the case's custody log. */
    sealed interface OnCustodyLog extends LoanCaseEvent, CustodyEvent {
        @Override
        default String caseRef() {
            return loanCase().caseRef();
        }
    }

    record StateChanged(CaseRow loanCase, CaseState from, String actor, Instant at) implements OnCustodyLog {
        public CaseState to() {
            return loanCase.state();
        }

        public CustodyEventType custodyType() {
            return CustodyEventType.CASE_STATE_CHANGED;
        }

        public Bytes32 digest() {
            return StreamingDigester.sha256("state:" + to().name());
        }

        public String subjectId() {
            return to().name();
        }
    }

    record Claimed(CaseRow loanCase, String partyId, Instant at) implements OnCustodyLog {
        public CustodyEventType custodyType() {
            return CustodyEventType.CASE_CLAIMED;
        }

        public Bytes32 digest() {
            return StreamingDigester.sha256("claim:" + partyId);
        }

        public String subjectId() {
            return partyId;
        }

        public String actor() {
            return partyId;
        }
    }

    /** @param partyId the debtor whose claim was undone; the code that was used stops working as well */
    record ClaimUndone(CaseRow loanCase, String partyId, String actor, Instant at) implements OnCustodyLog {
        public CustodyEventType custodyType() {
            return CustodyEventType.CLAIM_UNDONE;
        }

        public Bytes32 digest() {
            return StreamingDigester.sha256("unclaim:" + partyId);
        }

        public String subjectId() {
            return partyId;
        }
    }

    /** @param agreementSha256 the assignment agreement, also filed as evidence of the case */
    record DebtTransferred(CaseRow loanCase, String fromCreditor, Bytes32 agreementSha256, String actor, Instant at)
            implements OnCustodyLog {
        public String toCreditor() {
            return loanCase.creditor();
        }

        public CustodyEventType custodyType() {
            return CustodyEventType.DEBT_TRANSFERRED;
        }

        public Bytes32 digest() {
            return agreementSha256;
        }

        public String subjectId() {
            return toCreditor();
        }
    }

    /** The court set another rule profile; the case's history is checked again under it. */
    record RulesChanged(CaseRow loanCase, String actor, Instant at) implements OnCustodyLog {
        public CustodyEventType custodyType() {
            return CustodyEventType.RULES_REEVALUATED;
        }

        public Bytes32 digest() {
            return StreamingDigester.sha256("profile:" + loanCase.ruleProfile());
        }

        public String subjectId() {
            return loanCase.ruleProfile();
        }
    }

    /** @param policyDigest the escalation policy version the step was taken under: the anchored log says which rules applied */
    record EscalationStepTaken(CaseRow loanCase, EscalationPolicy.Step step, long daysOverdue, Bytes32 policyDigest,
                               String actor, Instant at) implements OnCustodyLog {
        public boolean referral() {
            return step.action() == EscalationPolicy.Action.JUDICIAL_REFERRAL;
        }

        public CustodyEventType custodyType() {
            return CustodyEventType.ESCALATION_STEP;
        }

        public Bytes32 digest() {
            return policyDigest;
        }

        public String subjectId() {
            return step.action().name() + "@D+" + daysOverdue;
        }
    }

    /** A repayment recorded on the case: its commitment (amount, currency, paid-at, receipt) is what is anchored. */
    record RepaymentRecorded(CaseRow loanCase, RepaymentRow repayment, Instant at) implements OnCustodyLog {
        public CustodyEventType custodyType() {
            return CustodyEventType.REPAYMENT_RECORDED;
        }

        public Bytes32 digest() {
            return repayment.commitment();
        }

        public String subjectId() {
            return repayment.id().toString();
        }

        public String actor() {
            return repayment.recordedBy();
        }
    }

    /** The creditor confirmed or rejected an agency's repayment claim. */
    record RepaymentDecided(CaseRow loanCase, RepaymentRow repayment, RepaymentStatus decision, String actor, Instant at)
            implements OnCustodyLog {
        public CustodyEventType custodyType() {
            return CustodyEventType.REPAYMENT_DECIDED;
        }

        public Bytes32 digest() {
            return StreamingDigester.sha256("repayment-decision|" + repayment.id() + "|" + decision + "|"
                    + (repayment.commitment() == null ? "" : repayment.commitment().hex()));
        }

        public String subjectId() {
            return repayment.id().toString();
        }
    }

    /** The court accepted the case; its move to JUDICIAL is the custody entry, this is for the parties to hear. */
    record ReferralAccepted(CaseRow loanCase, String judge, Instant at) implements LoanCaseEvent {
    }
}
