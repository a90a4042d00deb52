package org.judicialchain.portal.interfaces.rest.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
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
import org.judicialchain.portal.interfaces.rest.privacy.request.ErasureDecision;
import org.judicialchain.portal.interfaces.rest.shared.RequestBodies;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;

/**
 * Erasure of the debtor's personal data on a case: the debtor asks and the creditor of record (the controller) or the
 * case's court decides; a judge or arbitrator of the court orders it, carried out at once.
 */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ErasureResource {

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
    @Path("cases/{caseRef}/erasure-requests")
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
    @Path("cases/{caseRef}/erasure-requests")
    public List<ErasureView> ofCase(@PathParam("caseRef") String caseRef) {
        guard.require(Action.VIEW_CASE, lookup.facts(caseRef));
        return requests.ofCase(caseRef).stream().map(ErasureView::of).toList();
    }

    /** {reasons}: the data is erased (the case's data key destroyed); 409 with the legal hold that keeps it. */
    @POST
    @Path("erasure-requests/{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    public ErasureView approve(@PathParam("id") String id, ErasureDecision body) {
        Decider decider = decider(id);
        return ErasureView.of(erasing.approve(decider.request().id(), decider.actor(), decider.authority(),
                bodies.valid(body).reasons().strip()));
    }

    @POST
    @Path("erasure-requests/{id}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    public ErasureView refuse(@PathParam("id") String id, ErasureDecision body) {
        Decider decider = decider(id);
        return ErasureView.of(erasing.refuse(decider.request().id(), decider.actor(), decider.authority(),
                bodies.valid(body).reasons().strip()));
    }

    private record Decider(ErasureRequest request, String actor, String authority) {
    }

    /** The creditor of record or the court decides, each on its own authority; anyone else learns nothing of the request. */
    private Decider decider(String id) {
        guard.requireSignedIn();
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.badRequest("erasure request id " + id + " is not a UUID");
        }
        ErasureRequest request = erasing.find(uuid).orElseThrow(() -> new NotFoundException("no erasure request " + id));
        CaseAccessFacts facts;
        try {
            facts = lookup.facts(request.caseRef());
        } catch (NotFoundException e) {
            throw new NotFoundException("no erasure request " + id);
        }
        if (!guard.knowsOf(guard.caller(), facts)) {
            throw new NotFoundException("no erasure request " + id);
        }
        Caller who = guard.require(Action.DECIDE_ERASURE, facts);
        String authority = courtOf(who, facts) ? facts.court() : who.institution();
        return new Decider(request, guard.displayName(), authority);
    }

    private static boolean courtOf(Caller who, CaseAccessFacts facts) {
        return (who.has(Role.JUDGE) || who.has(Role.ARBITRATOR)) && facts.court().equals(who.court());
    }
}
