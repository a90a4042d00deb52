package org.judicialchain.portal.interfaces.rest.lifecycle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.judicialchain.identity.access.Action;
import org.judicialchain.portal.application.lifecycle.ReadingTitles;
import org.judicialchain.portal.interfaces.rest.cases.CaseLookup;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;

/** A case's chain of title on the lifecycle contract: opening, assignments, agency authorisations (VIEW_CASE). */
@Path("v1/cases/{caseRef}/title")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class TitleResource {

    @Inject
    CaseLookup lookup;
    @Inject
    Guard guard;
    @Inject
    ReadingTitles titles;

    @GET
    public ReadingTitles.Title title(@PathParam("caseRef") String caseRef) {
        guard.require(Action.VIEW_CASE, lookup.facts(caseRef));
        return titles.titleOf(caseRef).orElseThrow(() -> new NotFoundException("no case " + caseRef));
    }
}
