package org.judicialchain.portal.interfaces.rest.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.judicialchain.portal.interfaces.rest.shared.ChainAnswers;

/** The wire format of the cases API (docs/api.md). Personal data only ever masked. */
public final class CaseDtos {

    private CaseDtos() {
    }

    public record Opened(String caseRef, String state, String accessCode) {
    }

    public record AccessCode(String caseRef, String accessCode) {
    }

    public record CaseSummary(String caseRef, String creditor, String court, String state, Instant stateSince,
                              BigDecimal principal, BigDecimal outstanding, String currency, LocalDate dueDate,
                              String debtorName) {
    }

    public record CasePage(List<CaseSummary> cases, int page, int size) {
    }

    /** {@code chainStep}: the latest state change asked of the chain, while awaiting it or when it was refused. */
    public record CaseDetail(String caseRef, String creditor, String court, String state, Instant stateSince, Instant openedAt,
                             BigDecimal principal, BigDecimal repaid, BigDecimal outstanding, String currency,
                             LocalDate dueDate, String ruleProfile, String debtorTimeZone, MaskedDebtor debtor,
                             boolean claimedByDebtor, List<Authorisation> authorisations, ChainAnswers.ChainStep chainStep) {
    }

    /** {@code erasedAt}, {@code erasedByOrderOf}: when the debtor's data was erased and on whose authority. */
    public record MaskedDebtor(String name, String idNumber, String phone, boolean erased, Instant erasedAt,
                               String erasedByOrderOf) {
    }

    public record Authorisation(String agency, Instant validFrom, Instant validTo, Instant revokedAt, String status) {
    }

    public record ImportStarted(String id, String status, String progress) {
    }

    public record ImportProgress(String id, String status, Integer total, int done, int imported, int rejected,
                                 double linesPerSecond, Instant startedAt, Instant finishedAt, List<String> errors) {
    }

    /** {@code status}: CONFIRMED (the creditor's, counts) or CLAIMED (an agency's, counts once the creditor confirms). */
    /** {@code state}: as the chain left it; {@code chain}: the settlement asked of the chain, if any. */
    public record RepaymentRecorded(String caseRef, String repaymentId, String evidenceId, String status, BigDecimal repaid,
                                    BigDecimal outstanding, String state, ChainAnswers.ChainStep chain) {
    }

    /** A repayment of the case; {@code commitment} is what its custody entry anchored. */
    public record Repayment(String id, BigDecimal amount, String currency, Instant paidAt, String evidenceId,
                            String recordedBy, Instant recordedAt, String status, String commitment, String decidedBy,
                            Instant decidedAt, String decisionReason) {
    }

    public record Repayments(String caseRef, BigDecimal repaid, BigDecimal claimed, BigDecimal outstanding,
                             List<Repayment> repayments) {
    }

    public record ClaimDecided(String caseRef, String repaymentId, String status, BigDecimal repaid, BigDecimal outstanding,
                               String state, ChainAnswers.ChainStep chain) {
    }

    public record AuthorisationRecorded(String caseRef, String id, String agency, Instant validFrom, Instant validTo,
                                        String evidenceId) {
    }

    public record TransferRecorded(String caseRef, String id, String fromCreditor, String toCreditor,
                                   String evidenceId, int authorisationsEnded, ChainAnswers.ChainStep chain) {
    }
}
