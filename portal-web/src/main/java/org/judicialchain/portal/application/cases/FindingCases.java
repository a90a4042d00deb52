package org.judicialchain.portal.application.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.cases.Balance;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.cases.Debtor;
import org.judicialchain.identity.access.CaseAccessFacts;
import org.judicialchain.portal.domain.cases.CaseRow;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.cases.RepaymentRow;
import org.judicialchain.portal.domain.privacy.PersonalDataVault;

/** Reads cases back: the debtor decrypted, what is owed, and the facts the access policy decides on. */
@ApplicationScoped
public class FindingCases {

    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    @Inject
    LoanCases cases;
    @Inject
    PersonalDataVault vault;

    /** A case as read back: the debtor decrypted (empty once erased), what is owed, and who may act. */
    public record CaseView(CaseRow row, Optional<Debtor> debtor, Balance balance, CaseAccessFacts facts) {
    }

    @Transactional
    public Optional<CaseView> find(String caseRef) {
        return cases.find(caseRef).map(this::view);
    }

    /** Who may do what on the case: its court, creditor, authorised agencies and claiming debtor. */
    @Transactional
    public Optional<CaseAccessFacts> facts(String caseRef) {
        return cases.find(caseRef).map(this::facts);
    }

    @Transactional
    public List<CaseView> list(LoanCases.CaseFilter filter, Optional<CaseState> state, int offset, int limit) {
        return cases.list(filter, state, offset, limit).stream().map(this::view).toList();
    }

    /**
     * A case's repayments, oldest first (counted, claimed by an agency, or rejected), with what is repaid, claimed and
     * owed. Nothing personal is decrypted for it.
     */
    public record CaseRepayments(String currency, Balance balance, BigDecimal claimed, List<RepaymentRow> repayments) {
    }

    @Transactional
    public Optional<CaseRepayments> repaymentsOf(String caseRef) {
        return cases.find(caseRef).map(row -> new CaseRepayments(row.currency(),
                new Balance(row.principal(), cases.repaid(caseRef)), cases.claimed(caseRef), cases.repayments(caseRef)));
    }

    private CaseView view(CaseRow row) {
        Optional<Debtor> debtor = Optional.ofNullable(row.wrappedDataKey()).map(w -> {
            JsonObject o = JSON.createReader(new StringReader(vault.open(vault.unwrap(w), row.debtorSealed(), row.caseRef())))
                    .readObject();
            return new Debtor(o.getString("name"), o.getString("idNumber"), o.getString("phone"));
        });
        return new CaseView(row, debtor, new Balance(row.principal(), cases.repaid(row.caseRef())), facts(row));
    }

    private CaseAccessFacts facts(CaseRow row) {
        return new CaseAccessFacts(row.caseRef(), row.court(), row.creditor(), cases.authorisations(row.caseRef()),
                row.debtorPartyId());
    }
}
