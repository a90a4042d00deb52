package org.judicialchain.portal.interfaces.rest.collection;

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
import java.time.Instant;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.identity.access.Caller;
import org.judicialchain.portal.application.collection.AuthorisingAgencies.AuthoriseAgency;
import org.judicialchain.portal.application.collection.RevokingAuthorisations.RevokeAuthorisation;
import org.judicialchain.portal.application.collection.AuthorisingAgencies;
import org.judicialchain.portal.application.collection.RevokingAuthorisations;
import org.judicialchain.portal.interfaces.rest.cases.CaseDtos;
import org.judicialchain.portal.interfaces.rest.cases.CaseLookup;
import org.judicialchain.portal.interfaces.rest.collection.request.AuthorisationRequest;
import org.judicialchain.portal.interfaces.rest.shared.RequestBodies;
import org.judicialchain.portal.interfaces.rest.shared.RequestValues;

/** Collection authorisations of a case: the creditor authorises an agency on an anchored document, and revokes it. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Path("v1/cases/{caseRef}/authorisations")
@RequestScoped
public class AuthorisationsResource {

    @Inject
    AuthorisingAgencies authorising;
    @Inject
    RevokingAuthorisations revoking;
    @Inject
    CaseLookup lookup;
    @Inject
    RequestBodies bodies;

    /** {agency, validFrom, validTo, documentSha256}: the creditor authorises an agency to collect. */
    @POST
    public Response authorise(@PathParam("caseRef") String caseRef, AuthorisationRequest body) {
        Caller lender = lookup.requireCreditor(caseRef, "authorises agencies");
        AuthorisationRequest request = bodies.valid(body);
        String agency = request.agency();
        Instant from = RequestValues.instant("validFrom", request.validFrom());
        Instant to = RequestValues.instant("validTo", request.validTo());
        var result = authorising.authorise(new AuthoriseAgency(caseRef, agency, from, to, Bytes32.fromHex(request.documentSha256()),
                lender.institution()));
        return Response.status(Response.Status.CREATED).entity(new CaseDtos.AuthorisationRecorded(caseRef,
                result.id().toString(), agency, from, to, result.evidenceId().toString())).build();
    }

    @POST
    @Path("{agency}/revoke")
    public Response revoke(@PathParam("caseRef") String caseRef, @PathParam("agency") String agency) {
        Caller lender = lookup.requireCreditor(caseRef, "authorises agencies");
        if (revoking.revoke(new RevokeAuthorisation(caseRef, agency, lender.institution())) == 0) {
            throw new NotFoundException("no authorisation of " + agency + " in force on case " + caseRef);
        }
        return Response.noContent().build();
    }



}
