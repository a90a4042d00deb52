package org.judicialchain.portal.domain.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.cases.NewLoanCase;
import org.judicialchain.evidence.domain.model.compliance.CollectionAuthorisation;
import org.judicialchain.evidence.domain.model.digest.Bytes32;

/** Loan cases with their debtors (sealed), authorisations, transfers and repayments. Callers hold the transaction. */
public interface LoanCases {

    /** A case ready to store: the debtor already sealed under its own data key. */
    record PreparedCase(NewLoanCase loan, UUID dataKeyId, byte[] wrappedDataKey, byte[] debtorSealed,
                               Bytes32 caseSalt) {
    }

    /** Which cases a caller's listing covers. */
    record CaseFilter(Kind kind, String value) {
        public enum Kind { ALL, CREDITOR, COURT, DEBTOR, AGENCY, NONE }
    }

    /** Which of these references are already cases. */
    Set<String> existing(Collection<String> caseRefs);

    void insertAll(List<PreparedCase> cases, Instant now, UUID importId);

    Optional<CaseRow> find(String caseRef);

    /** One page of the cases a caller may see, newest first; the filter is the access policy's, in SQL. */
    List<CaseRow> list(CaseFilter filter, Optional<CaseState> state, int offset, int limit);

    List<CollectionAuthorisation> authorisations(String caseRef);

    void addAuthorisation(UUID id, String caseRef, String agency, Instant from, Instant to, UUID evidenceId, Instant now);

    /** Revokes the agency's authorisations that are still in force; returns how many. */
    int revokeAuthorisations(String caseRef, String agency, Instant at);

    /** Ends every authorisation in force on the case (a debt transfer); @return how many ended. */
    int revokeAllAuthorisations(String caseRef, Instant at);

    void addTransfer(UUID id, String caseRef, String from, String to, Instant at, UUID evidenceId, String by);

    void addRepayment(RepaymentRow repayment);

    /** What the creditor has confirmed as repaid: the sum of the CONFIRMED repayments. */
    BigDecimal repaid(String caseRef);

    /** What agencies claim was repaid and the creditor has not yet decided: the sum of the CLAIMED repayments. */
    BigDecimal claimed(String caseRef);

    Optional<RepaymentRow> repayment(UUID id);

    /** The case's repayments, oldest first. */
    List<RepaymentRow> repayments(String caseRef);

    /** The creditor's decision on a CLAIMED repayment; @return false when it was no longer CLAIMED. */
    boolean decideRepayment(UUID id, RepaymentStatus status, String by, String reason, Instant at);

    /**
     * Stores what the aggregate changed: creditor, principal, rule profile, state (with since when and where
     * a dispute resumes), the claiming debtor, the access code and the count of wrong codes. Callers hold the lock.
     */
    void save(CaseRow loanCase);

    /** Locks the case row for the rest of the transaction (repayments and claims are read-modify-write). */
    void lock(String caseRef);

    /** The case, locked for the rest of the transaction, to change through its aggregate and {@link #save}. */
    default Optional<LoanCase> locked(String caseRef) {
        lock(caseRef);
        return find(caseRef).map(LoanCase::of);
    }

    /** Erasure: the debtor's data key goes, so the sealed personal data can never be read again. */
    void eraseDebtor(String caseRef);
}
