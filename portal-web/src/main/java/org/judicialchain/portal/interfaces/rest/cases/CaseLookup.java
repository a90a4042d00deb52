package org.judicialchain.portal.interfaces.rest.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import org.judicialchain.identity.access.CaseAccessFacts;
import org.judicialchain.portal.application.CaseBook;
import org.judicialchain.portal.interfaces.rest.security.Guard;

/**
 * The first step of every case endpoint: the caller must be signed in before anything is looked
 * up (anonymous callers learn nothing), then the case's access facts, or 404.
 */
@RequestScoped
public class CaseLookup {

    @Inject
    Guard guard;
    @Inject
    CaseBook book;

    public CaseAccessFacts facts(String caseRef) {
        guard.requireSignedIn();
        return book.facts(caseRef).orElseThrow(() -> new NotFoundException("no case " + caseRef));
    }
}
