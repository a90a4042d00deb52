package org.judicialchain.portal.interfaces.rest.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.judicialchain.identity.access.Action;
import org.judicialchain.identity.access.CaseAccessFacts;
import org.judicialchain.identity.access.Caller;
import org.judicialchain.identity.Role;
import org.judicialchain.portal.application.privacy.ErasingPersonalData;
import org.judicialchain.portal.domain.privacy.ErasureRequest;
import org.judicialchain.portal.domain.privacy.ErasureRequest.RequestedAs;
import org.judicialchain.portal.domain.privacy.ErasureRequests;
import org.judicialchain.portal.interfaces.rest.cases.CaseLookup;
import org.judicialchain.portal.interfaces.rest.privacy.PrivacyDtos.ErasureView;
import org.judicialchain.portal.interfaces.rest.privacy.request.ErasureAsk;
import org.judicialchain.portal.interfaces.rest.shared.RequestBodies;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;

/**
 * Erasure requests of a case: the debtor asks, to be decided by the creditor of record (the controller) or the case's
 * court ({@link ErasureRequestResource}); a judge or arbitrator of the court orders it, carried out at once.
 */
@Path("v1/cases/{caseRef}/erasure-requests")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CaseErasureResource {

    @Inject
    CaseLookup lookup;
    @Inject
    Guard guard;
    @Inject
    ErasingPersonalData erasing;
    @Inject
    ErasureRequests requests;
    @Inject
    RequestBodies bodies;

    /** {reason}: 201 with the request waiting for a decision; a court's order answers 200, already ERASED. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ask(@PathParam("caseRef") String caseRef, ErasureAsk body) {
        CaseAccessFacts facts = lookup.facts(caseRef);
        Caller who = guard.require(Action.REQUEST_ERASURE, facts);
        String reason = bodies.valid(body).reason().strip();
        boolean court = courtOf(who, facts);
        ErasureRequest r = erasing.ask(new ErasingPersonalData.Ask(caseRef, court ? guard.displayName() : who.partyId(),
                court ? RequestedAs.COURT : RequestedAs.DEBTOR, reason, court ? facts.court() : null));
        return Response.status(court ? Response.Status.OK : Response.Status.CREATED).entity(ErasureView.of(r)).build();
    }

    @GET
    public List<ErasureView> ofCase(@PathParam("caseRef") String caseRef) {
        guard.require(Action.VIEW_CASE, lookup.facts(caseRef));
        return requests.ofCase(caseRef).stream().map(ErasureView::of).toList();
    }

    /** Whether the caller acts as the case's court (a judge or arbitrator of it), not as a party. */
    static boolean courtOf(Caller who, CaseAccessFacts facts) {
        return (who.has(Role.JUDGE) || who.has(Role.ARBITRATOR)) && facts.court().equals(who.court());
    }
}
