package org.judicialchain.portal.interfaces.rest.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import org.judicialchain.identity.Role;
import org.judicialchain.identity.access.Action;
import org.judicialchain.identity.access.Caller;
import org.judicialchain.identity.access.CaseAccessFacts;
import org.judicialchain.portal.application.cases.FindingCases;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;

/**
 * The first step of every case endpoint: the caller must be signed in before anything is looked
 * up (anonymous callers learn nothing), then the case's access facts, or 404.
 */
@RequestScoped
public class CaseLookup {

    @Inject
    Guard guard;
    @Inject
    FindingCases book;

    public CaseAccessFacts facts(String caseRef) {
        guard.requireSignedIn();
        return book.facts(caseRef).orElseThrow(() -> new NotFoundException("no case " + caseRef));
    }

    /**
     * The caller must be a lender of the case's creditor of record: others who may see the case get 403
     * saying so ({@code what} names the act), those who may not see it get 404.
     */
    public Caller requireCreditor(String caseRef, String what) {
        CaseAccessFacts facts = facts(caseRef);
        Caller who = guard.caller();
        if (!who.has(Role.LENDER) || !facts.creditorInstitution().equals(who.institution())) {
            guard.require(Action.VIEW_CASE, facts);
            throw new InvalidRequestException(Response.Status.FORBIDDEN, "only the creditor of record " + what);
        }
        return who;
    }
}
