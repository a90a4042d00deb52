package org.judicialchain.portal.application.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.cases.Debtor;
import org.judicialchain.evidence.domain.model.cases.NewLoanCase;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.portal.domain.cases.CaseConflictException;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.cases.LoanCases.PreparedCase;
import org.judicialchain.portal.domain.lifecycle.LifecycleSteps;
import org.judicialchain.portal.domain.privacy.PersonalDataVault;

/**
 * A lender opens a case: the debtor sealed under a data key of its own, the opening queued for the
 * lifecycle contract, and an access code for the collection notice.
 */
@ApplicationScoped
public class OpeningCases {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Looked up once: Json.createObjectBuilder searches the class path for a provider on every call. */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    @Inject
    LoanCases cases;
    @Inject
    PersonalDataVault vault;
    @Inject
    LifecycleSteps lifecycleSteps;
    @Inject
    IssuingAccessCodes accessCodes;

    private final Clock clock = Clock.systemUTC();

    /** A case just opened, with the access code to print on the notice: it is stored only hashed. */
    public record OpenedCase(String caseRef, String accessCode) {
    }

    @Transactional
    public OpenedCase open(NewLoanCase loan) {
        if (!cases.existing(List.of(loan.caseRef())).isEmpty()) {
            throw new CaseConflictException("case " + loan.caseRef() + " already exists");
        }
        Instant now = clock.instant();
        cases.insertAll(List.of(prepare(loan)), now, null);
        lifecycleSteps.enqueueOpenings(List.of(loan.caseRef()), List.of(loan.creditor()), now);
        return new OpenedCase(loan.caseRef(), accessCodes.issue(loan.caseRef()));
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
}
