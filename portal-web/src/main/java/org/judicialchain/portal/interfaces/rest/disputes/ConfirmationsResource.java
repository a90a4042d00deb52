package org.judicialchain.portal.interfaces.rest.disputes;

import org.judicialchain.portal.interfaces.rest.documents.DocumentLinks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.judicialchain.identity.access.Action;
import org.judicialchain.identity.access.Caller;
import org.judicialchain.identity.access.CaseAccessFacts;
import org.judicialchain.portal.application.disputes.RequestingConfirmation;
import org.judicialchain.portal.domain.disputes.ConfirmationRow;
import org.judicialchain.portal.domain.disputes.Confirmations;
import org.judicialchain.portal.interfaces.rest.cases.CaseLookup;
import org.judicialchain.portal.interfaces.rest.disputes.request.ConfirmationRequest;
import org.judicialchain.portal.interfaces.rest.shared.RequestBodies;
import org.judicialchain.portal.interfaces.rest.shared.RequestValues;
import org.judicialchain.portal.interfaces.rest.shared.security.AgencyScope;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;

/** Requests for judicial confirmation of a case: the creditor of record asks once the case is SETTLED. */
@Path("v1/cases/{caseRef}/confirmations")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ConfirmationsResource {

    @Inject
    DocumentLinks links;
    @Inject
    RequestingConfirmation confirmations;
    @Inject
    Confirmations store;
    @Inject
    CaseLookup lookup;
    @Inject
    Guard guard;
    @Inject
    RequestBodies bodies;
    @Inject
    AgencyScope scope;
    @Context
    UriInfo uri;

    /** {evidenceIds?: [id]} (absent or empty: every evidence item of the case); answers with the pre-check. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(@PathParam("caseRef") String caseRef, ConfirmationRequest body) {
        CaseAccessFacts facts = lookup.facts(caseRef);
        Caller lender = guard.require(Action.REQUEST_CONFIRMATION, facts);
        List<UUID> ids = DisputeRequests.uuids(bodies.valid(body).evidenceIds(), "evidenceIds");
        // the pre-check refuses an id that is no evidence item of the case with IllegalArgumentException naming it
        ConfirmationRow c = RequestValues.checked(() -> confirmations.request(
                new RequestingConfirmation.RequestConfirmation(caseRef, lender.institution(), guard.displayName(), ids)));
        return Response.status(Response.Status.CREATED)
                .location(uri.getBaseUriBuilder().path("v1/confirmations").path(c.id().toString()).build())
                .entity(DisputeAssembler.confirmation(c, uri.getBaseUri().getPath(), scope.viewOf(facts), links)).build();
    }

    @GET
    public List<DisputeDtos.ConfirmationView> list(@PathParam("caseRef") String caseRef) {
        CaseAccessFacts facts = lookup.facts(caseRef);
        guard.require(Action.VIEW_CASE, facts);
        AgencyScope.View view = scope.viewOf(facts);
        return store.ofCase(caseRef).stream().map(c -> DisputeAssembler.confirmation(c, uri.getBaseUri().getPath(), view, links)).toList();
    }
}
