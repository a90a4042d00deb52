package org.judicialchain.portal.application.reconciliation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.judicialchain.portal.domain.reconciliation.ReconciliationQueries;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The walk over a large book, with fakes for the database and the chain (ReconciliationIT runs it on the real stack). */
class ReconciliationPagingTest {

    private final List<String> book = IntStream.range(0, 1_234).mapToObj(i -> "CASE-%05d".formatted(i)).toList();
    private final List<String> pagesAskedAfter = new ArrayList<>();
    private final List<String> casesRead = new ArrayList<>();
    private List<ReconciliationQueries.EvidenceRef> withoutLeaf = List.of();

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
}
