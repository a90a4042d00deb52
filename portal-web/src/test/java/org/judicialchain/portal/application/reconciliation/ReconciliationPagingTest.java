package org.judicialchain.portal.application.reconciliation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.judicialchain.evidence.domain.model.cases.RepaymentCommitment;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.portal.domain.reconciliation.ReconciliationQueries;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The walk over a large book, with fakes for the database and the chain (ReconciliationIT runs it on the real stack). */
class ReconciliationPagingTest {

    private final List<String> book = IntStream.range(0, 1_234).mapToObj(i -> "CASE-%05d".formatted(i)).toList();
    private final List<String> pagesAskedAfter = new ArrayList<>();
    private final List<String> casesRead = new ArrayList<>();
    private List<ReconciliationQueries.EvidenceRef> withoutLeaf = List.of();
    private List<ReconciliationQueries.CommittedRepayment> repayments = List.of();

    private Reconciling reconciliation() {
        Reconciling r = new Reconciling();
        r.queries = new ReconciliationQueries() {
            @Override
            public List<String> casesWithCustodyLog(String after, int limit) {
                pagesAskedAfter.add(after);
                return book.stream().filter(c -> c.compareTo(after) > 0).limit(limit).toList();
            }

            @Override
            public List<EvidenceRef> unvouched(Unvouched kind, Optional<String> caseRef, Instant stuckBefore, int limit) {
                return kind == Unvouched.WITHOUT_LEAF ? withoutLeaf.stream().limit(limit).toList() : List.of();
            }

            @Override
            public long count(Unvouched kind, Optional<String> caseRef, Instant stuckBefore) {
                return kind == Unvouched.WITHOUT_LEAF ? withoutLeaf.size() : 0;
            }

            @Override
            public List<CommittedRepayment> committedRepayments(Optional<String> caseRef, UUID afterId, int limit) {
                return repayments.stream().filter(r -> r.id().compareTo(afterId) > 0).limit(limit).toList();
            }
        };
        r.evidence = new CheckingEvidenceIntegrity();
        r.evidence.queries = r.queries;
        r.chains = new CheckingCaseChains() {
            @Override
            public Optional<List<EntryReport>> custodyOf(String caseRef) {
                casesRead.add(caseRef);
                return Optional.of(List.of());
            }
        };
        return r;
    }

    @Test
    void everyCaseIsCheckedOnceWalkingTheBookInPagesAfterTheLastCaseSeen() {
        Reconciling.Report report = reconciliation().run();

        assertThat(report.casesChecked()).isEqualTo(1_234);
        assertThat(casesRead).isEqualTo(book);
        assertThat(pagesAskedAfter).containsExactly("", "CASE-00499", "CASE-00999", "CASE-01233");
        assertThat(report.clean()).isTrue();
    }

    @Test
    void aMassOfFindingsIsCountedInFullButListedOnlyUpToTheLimit() {
        withoutLeaf = IntStream.range(0, Reconciling.MAX_LISTED_FINDINGS + 5)
                .mapToObj(i -> new ReconciliationQueries.EvidenceRef(new UUID(0, i), "CASE-00001")).toList();

        Reconciling.Report report = reconciliation().run();

        assertThat(report.findingsTotal()).isEqualTo(Reconciling.MAX_LISTED_FINDINGS + 5);
        assertThat(report.findings()).hasSize(Reconciling.MAX_LISTED_FINDINGS);
        assertThat(report.truncated()).isTrue();
        assertThat(report.clean()).isFalse();
    }

    @Test
    void aRepaymentWhoseStoredAmountNoLongerGivesItsAnchoredCommitmentIsReportedOverEveryPage() {
        Instant paid = Instant.parse("2026-03-01T08:00:00Z");
        Bytes32 receipt = Bytes32.of(new byte[32]);
        List<ReconciliationQueries.CommittedRepayment> rows = new ArrayList<>();
        for (int i = 1; i <= 2_500; i++) {
            UUID id = new UUID(0, i);
            BigDecimal amount = new BigDecimal("100.00");
            Bytes32 anchored = RepaymentCommitment.of(id, "CASE-00001", amount, "CNY", paid, receipt);
            // the 2,400th row was edited from 100.00 to 10.00 after it was recorded; the 2,401st lost its custody entry
            rows.add(new ReconciliationQueries.CommittedRepayment(id, "CASE-00001", i == 2_400 ? new BigDecimal("10.00") : amount,
                    "CNY", paid, receipt, i == 2_401 ? null : anchored));
        }
        repayments = rows;

        Reconciling.Report report = reconciliation().run();

        assertThat(report.findings()).extracting(IntegrityFinding::item)
                .containsExactly("repayment " + new UUID(0, 2_400), "repayment " + new UUID(0, 2_401));
        assertThat(report.findings().get(0).problem()).contains("10.00 CNY").contains("no longer match");
        assertThat(report.findings().get(1).problem()).contains("custody entry is missing");
    }
}
