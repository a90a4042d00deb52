package org.judicialchain.portal.interfaces.rest.cases;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.cases.Debtor;
import org.judicialchain.portal.application.cases.FindingCases.CaseView;
import org.judicialchain.portal.domain.cases.CaseImportJobs.ImportRow;
import org.judicialchain.portal.domain.privacy.ErasureRequest;
import org.judicialchain.portal.interfaces.rest.shared.ChainAnswers;

/** Builds the cases API's transfer objects; the debtor only ever leaves masked. */
final class CaseAssembler {

    private static final int ERRORS_SHOWN = 200;

    private CaseAssembler() {
    }

    static CaseDtos.CaseSummary summary(CaseView v) {
        var r = v.row();
        return new CaseDtos.CaseSummary(r.caseRef(), r.creditor(), r.court(), r.state().name(), r.stateSince(), r.principal(),
                v.balance().outstanding(), r.currency(), r.dueDate(), v.debtor().map(d -> d.masked().name()).orElse(null));
    }

    /** @param erasure the erasure of the debtor's personal data, if done: the case then names nobody */
    static CaseDtos.CaseDetail detail(CaseView v, ChainAnswers.ChainStep chainStep, Optional<ErasureRequest> erasure,
                                      Instant now) {
        var r = v.row();
        Debtor.Masked masked = v.debtor().map(Debtor::masked).orElse(null);
        return new CaseDtos.CaseDetail(r.caseRef(), r.creditor(), r.court(), r.state().name(), r.stateSince(), r.openedAt(),
                r.principal(), v.balance().repaid(), v.balance().outstanding(), r.currency(), r.dueDate(), r.ruleProfile(),
                r.debtorZone(),
                masked == null ? new CaseDtos.MaskedDebtor(null, null, null, true, erasure.map(ErasureRequest::decidedAt).orElse(null),
                        erasure.map(ErasureRequest::authority).orElse(null))
                        : new CaseDtos.MaskedDebtor(masked.name(), masked.idNumber(), masked.phone(), false, null, null),
                r.debtorPartyId() != null,
                v.facts().authorisations().stream().map(a -> new CaseDtos.Authorisation(a.agency(), a.validFrom(), a.validTo(),
                        a.revokedAt().orElse(null), a.standingAt(now).name())).toList(), chainStep);
    }

    static CaseDtos.ImportProgress progress(ImportRow r, Instant now) {
        List<String> errors = r.errors().isEmpty() ? List.of()
                : Arrays.stream(r.errors().split("\n")).limit(ERRORS_SHOWN).toList();
        double rate = r.startedAt() == null ? 0
                : r.doneLines() / Math.max(0.001, (java.time.Duration.between(r.startedAt(),
                        r.finishedAt() != null ? r.finishedAt() : now).toMillis() / 1000.0));
        return new CaseDtos.ImportProgress(r.id().toString(), r.status(), r.totalLines(), r.doneLines(), r.imported(),
                r.rejected(), Math.round(rate * 10) / 10.0, r.startedAt(), r.finishedAt(), errors);
    }
}
