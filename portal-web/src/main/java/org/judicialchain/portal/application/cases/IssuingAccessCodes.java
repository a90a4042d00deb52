package org.judicialchain.portal.application.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.judicialchain.identity.access.AccessCodes;
import org.judicialchain.portal.domain.cases.ClaimAttempts;
import org.judicialchain.portal.domain.cases.LoanCase;
import org.judicialchain.portal.domain.cases.LoanCases;

/**
 * A new access code for the collection notice (shown once, stored Argon2id-hashed); any earlier code stops
 * working and the counts of wrong codes (the case's, and each account's for this case) start again. Issued per notice rather than at import, so that
 * importing a book does not pay a deliberately slow hash per loan.
 */
@ApplicationScoped
public class IssuingAccessCodes {

    @Inject
    LoanCases cases;
    @Inject
    ClaimAttempts attempts;

    private final AccessCodes accessCodes = new AccessCodes();

    @Transactional
    public String issue(String caseRef) {
        LoanCase loanCase = cases.locked(caseRef).orElseThrow();
        String code = accessCodes.generate();
        loanCase.newAccessCode(accessCodes.hash(code));
        cases.save(loanCase.snapshot());
        attempts.forget(caseRef);
        return code;
    }
}
