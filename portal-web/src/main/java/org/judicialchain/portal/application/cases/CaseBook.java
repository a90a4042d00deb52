package org.judicialchain.portal.application.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.cases.Balance;
import org.judicialchain.evidence.domain.model.cases.Debtor;
import org.judicialchain.evidence.domain.model.cases.NewLoanCase;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.identity.access.AccessCodes;
import org.judicialchain.identity.access.CaseAccessFacts;
import org.judicialchain.portal.application.evidence.SubmittingEvidence;
import org.judicialchain.portal.domain.cases.CaseConflictException;
import org.judicialchain.portal.domain.cases.CaseRow;
import org.judicialchain.portal.domain.cases.LoanCases.PreparedCase;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.lifecycle.LifecycleSteps;
import org.judicialchain.portal.domain.privacy.PersonalDataVault;

/**
 * The lender's book: opening cases (one by one or in bulk), with the debtor sealed under a data
 * key of its own and an access code for the collection notice, and reading cases back.
 */
@ApplicationScoped
public class CaseBook {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Looked up once: Json.createObjectBuilder searches the class path for a provider on every call. */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    @Inject
    LoanCases cases;
    @Inject
    PersonalDataVault vault;
    @Inject
    SubmittingEvidence custody;
    @Inject
    LifecycleSteps lifecycleSteps;

    private final AccessCodes accessCodes = new AccessCodes();
    private final Clock clock = Clock.systemUTC();

    /** A case just opened, with the access code to print on the notice: it is stored only hashed. */
    public record OpenedCase(String caseRef, String accessCode) {
    }

    /** A case as read back: the debtor decrypted (empty once erased), what is owed, and who may act. */
    public record CaseView(CaseRow row, Optional<Debtor> debtor, Balance balance, CaseAccessFacts facts) {
    }

    @Transactional
    public OpenedCase open(NewLoanCase loan) {
        if (!cases.existing(List.of(loan.caseRef())).isEmpty()) {
            throw new CaseConflictException("case " + loan.caseRef() + " already exists");
        }
        Instant now = clock.instant();
        cases.insertAll(List.of(prepare(loan)), now, null);
        lifecycleSteps.enqueueOpenings(List.of(loan.caseRef()), List.of(loan.creditor()), now);
        return new OpenedCase(loan.caseRef(), issueAccessCode(loan.caseRef()));
    }

    /**
     * A new access code for the collection notice (shown once, stored Argon2id-hashed); any earlier
     * code stops working and the count of wrong codes starts again. Issued per notice rather than at
     * import, so that importing a book does not pay a deliberately slow hash per loan.
     */
    @Transactional
    public String issueAccessCode(String caseRef) {
        String code = accessCodes.generate();
        cases.setAccessCode(caseRef, accessCodes.hash(code));
        return code;
    }

    /** Seals what a case needs before storing; used for single cases and for imports. */
    public PreparedCase prepare(NewLoanCase loan) {
        PersonalDataVault.DataKey key = vault.newDataKey();
        Debtor d = loan.debtor();
        String json = JSON.createObjectBuilder().add("name", d.name()).add("idNumber", d.idNumber()).add("phone", d.phone())
                .build().toString();
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        return new PreparedCase(loan, UUID.randomUUID(), key.wrapped(), vault.seal(key.key(), json, loan.caseRef()),
                Bytes32.of(salt));
    }

    @Transactional
    public Optional<CaseView> find(String caseRef) {
        return cases.find(caseRef).map(this::view);
    }

    @Transactional
    public Optional<CaseAccessFacts> facts(String caseRef) {
        return cases.find(caseRef).map(row -> facts(row));
    }

    @Transactional
    public List<CaseView> list(LoanCases.CaseFilter filter,
                               Optional<org.judicialchain.evidence.domain.model.cases.CaseState> state, int offset, int limit) {
        return cases.list(filter, state, offset, limit).stream().map(this::view).toList();
    }

    /** {@code partyId}: the signed-in debtor's identity from the identity provider. */
    public record ClaimCase(String caseRef, String accessCode, String partyId) {
    }

    /**
     * A debtor claims a case with the code from the notice. A wrong code answers exactly like an
     * unknown case, and after too many wrong codes the case refuses claims until the lender re-issues.
     */
    @Transactional
    public boolean claim(ClaimCase c) {
        String caseRef = c.caseRef();
        String code = c.accessCode();
        String partyId = c.partyId();
        Optional<CaseRow> row = cases.find(caseRef);
        if (row.isEmpty() || row.get().failedClaims() >= MAX_FAILED_CLAIMS) {
            return false;
        }
        cases.lock(caseRef);
        if (row.get().debtorPartyId() != null && !row.get().debtorPartyId().equals(partyId)) {
            return false;
        }
        if (row.get().accessCodeHash() == null || !accessCodes.verify(code, row.get().accessCodeHash())) {
            cases.failedClaim(caseRef);
            return false;
        }
        cases.claim(caseRef, partyId);
        custody.recordClaim(caseRef, partyId);
        return true;
    }

    static final int MAX_FAILED_CLAIMS = 10;

    CaseView view(CaseRow row) {
        Optional<Debtor> debtor = Optional.ofNullable(row.wrappedDataKey()).map(w -> {
            JsonObject o = JSON.createReader(new StringReader(vault.open(vault.unwrap(w), row.debtorSealed(), row.caseRef())))
                    .readObject();
            return new Debtor(o.getString("name"), o.getString("idNumber"), o.getString("phone"));
        });
        return new CaseView(row, debtor, new Balance(row.principal(), cases.repaid(row.caseRef())), facts(row));
    }

    CaseAccessFacts facts(CaseRow row) {
        return new CaseAccessFacts(row.caseRef(), row.court(), row.creditor(), cases.authorisations(row.caseRef()),
                row.debtorPartyId());
    }

    Instant now() {
        return clock.instant();
    }
}
