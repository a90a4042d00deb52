package org.judicialchain.portal.interfaces.rest.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.judicialchain.identity.access.Action;
import org.judicialchain.identity.access.CaseAccessFacts;
import org.judicialchain.identity.access.Caller;
import org.judicialchain.portal.application.privacy.ErasingPersonalData;
import org.judicialchain.portal.domain.privacy.ErasureRequest;
import org.judicialchain.portal.interfaces.rest.cases.CaseLookup;
import org.judicialchain.portal.interfaces.rest.privacy.PrivacyDtos.ErasureView;
import org.judicialchain.portal.interfaces.rest.privacy.request.ErasureDecision;
import org.judicialchain.portal.interfaces.rest.shared.RequestBodies;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;

/**
 * The decision on a debtor's erasure request: the creditor of record (the controller) or the case's court approves,
 * and the data is erased at once, or refuses with reasons.
 */
@Path("v1/erasure-requests/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ErasureRequestResource {

    @Inject
    CaseLookup lookup;
    @Inject
    Guard guard;
    @Inject
    ErasingPersonalData erasing;
    @Inject
    RequestBodies bodies;

    /** {reasons}: the data is erased (the case's data key destroyed); 409 with the legal hold that keeps it. */
    @POST
    @Path("approval")
    @Consumes(MediaType.APPLICATION_JSON)
    public ErasureView approve(@PathParam("id") String id, ErasureDecision body) {
        Decider decider = decider(id);
        return ErasureView.of(erasing.approve(decider.request().id(), decider.actor(), decider.authority(),
                bodies.valid(body).reasons().strip()));
    }

    @POST
    @Path("refusal")
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
        String authority = CaseErasureResource.courtOf(who, facts) ? facts.court() : who.institution();
        return new Decider(request, guard.displayName(), authority);
    }
}
