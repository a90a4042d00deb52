package org.judicialchain.portal.interfaces.rest.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Instant;
import java.util.Set;
import org.judicialchain.identity.access.Caller;
import org.judicialchain.portal.application.cases.CaseActions;
import org.judicialchain.portal.interfaces.rest.shared.JsonBodies;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;

/** Debt transfer: the creditor of record assigns the debt to a new creditor on an anchored agreement. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Path("v1/cases/{caseRef}/transfers")
@RequestScoped
public class TransfersResource {

    @Inject
    CaseActions actions;
    @Inject
    CaseLookup lookup;

    /** {toCreditor, agreementSha256, signedAt?}: from now on the new creditor acts on the case. */
    @POST
    public Response transfer(@PathParam("caseRef") String caseRef, InputStream body) {
        Caller lender = lookup.requireCreditor(caseRef, "assigns the debt");
        JsonObject json = JsonBodies.readObject(body, Set.of("toCreditor", "signedAt", "agreementSha256"));
        String to = JsonBodies.requiredString(json, "toCreditor");
        if (!to.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}")) {
            throw InvalidRequestException.badRequest("toCreditor must be an institution identifier");
        }
        Instant signedAt = json.containsKey("signedAt")
                ? JsonBodies.instant("signedAt", JsonBodies.requiredString(json, "signedAt")) : Instant.now();
        var result = actions.transfer(caseRef, to, JsonBodies.requiredDigest(json, "agreementSha256"), signedAt,
                lender.institution());
        return Response.status(Response.Status.CREATED).entity(new CaseDtos.TransferRecorded(caseRef, result.id().toString(),
                result.fromCreditor(), result.toCreditor(), result.evidenceId().toString(), result.authorisationsEnded())).build();
    }
}
