package org.judicialchain.portal.interfaces.rest.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.identity.access.Caller;
import org.judicialchain.portal.application.cases.TransferringDebts.TransferDebt;
import org.judicialchain.portal.application.cases.TransferringDebts;
import org.judicialchain.portal.application.lifecycle.AwaitingTheChain.Decision;
import org.judicialchain.portal.interfaces.rest.cases.request.TransferRequest;
import org.judicialchain.portal.interfaces.rest.shared.RequestBodies;
import org.judicialchain.portal.interfaces.rest.shared.RequestValues;
import org.judicialchain.portal.interfaces.rest.shared.ChainAnswers;

/** Debt transfer: the creditor of record assigns the debt to a new creditor on an anchored agreement. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Path("v1/cases/{caseRef}/transfers")
@RequestScoped
public class TransfersResource {

    @Inject
    TransferringDebts transfers;
    @Inject
    CaseLookup lookup;
    @Inject
    RequestBodies bodies;
    @Inject
    ChainAnswers chain;

    /**
     * {toCreditor, agreementSha256, signedAt?}: once the chain accepts the assignment the new creditor acts on the case
     * (201; 202 while the chain has not answered; 409 with its reason when it refused).
     */
    @POST
    public Response transfer(@PathParam("caseRef") String caseRef, TransferRequest body) {
        Caller lender = lookup.requireCreditor(caseRef, "assigns the debt");
        TransferRequest request = bodies.valid(body);
        String to = request.toCreditor();
        Instant signedAt = request.signedAt() != null ? RequestValues.instant("signedAt", request.signedAt()) : Instant.now();
        var result = transfers.transfer(new TransferDebt(caseRef, to, Bytes32.fromHex(request.agreementSha256()), signedAt,
                lender.institution()));
        Decision assigned = chain.await(caseRef);
        ChainAnswers.requireAccepted(assigned, caseRef);
        return Response.status(ChainAnswers.status(assigned, Response.Status.CREATED)).entity(new CaseDtos.TransferRecorded(
                caseRef, result.id().toString(), result.fromCreditor(), result.toCreditor(), result.evidenceId().toString(),
                result.authorisationsEnded(), ChainAnswers.step(assigned, caseRef))).build();
    }
}
