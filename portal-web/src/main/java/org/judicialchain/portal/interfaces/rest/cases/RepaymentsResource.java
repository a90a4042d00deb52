package org.judicialchain.portal.interfaces.rest.cases;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.cases.LoanTerms;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.identity.access.Action;
import org.judicialchain.identity.access.Caller;
import org.judicialchain.portal.application.cases.DecidingRepaymentClaims;
import org.judicialchain.portal.application.cases.DecidingRepaymentClaims.DecideRepaymentClaim;
import org.judicialchain.portal.application.cases.FindingCases;
import org.judicialchain.portal.application.cases.RecordingRepayments.RecordRepayment;
import org.judicialchain.portal.application.cases.RecordingRepayments;
import org.judicialchain.portal.application.lifecycle.AwaitingTheChain.Decision;
import org.judicialchain.portal.interfaces.rest.shared.ChainAnswers;
import org.judicialchain.portal.interfaces.rest.cases.request.RejectRepaymentRequest;
import org.judicialchain.portal.interfaces.rest.cases.request.RepaymentRequest;
import org.judicialchain.portal.interfaces.rest.shared.RequestBodies;
import org.judicialchain.portal.interfaces.rest.shared.RequestValues;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;

/**
 * Repayments of a case, each on an anchored receipt with its amount committed on the custody log. Only the creditor
 * settles: an agency's repayment is a claim until the creditor confirms it.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("v1/cases/{caseRef}/repayments")
@RequestScoped
public class RepaymentsResource {

    @Inject
    RecordingRepayments repayments;
    @Inject
    DecidingRepaymentClaims claims;
    @Inject
    FindingCases cases;
    @Inject
    Guard guard;
    @Inject
    CaseLookup lookup;
    @Inject
    RequestBodies bodies;
    @Inject
    ChainAnswers chain;

    /**
     * {amount, paidAt, receiptSha256}: the creditor (or its payment system) records a repayment, which counts at once;
     * an authorised agency records a claim, which counts once the creditor confirms it. 409 above what is outstanding.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response repayment(@PathParam("caseRef") String caseRef, RepaymentRequest body) {
        Caller who = guard.require(Action.RECORD_REPAYMENT, lookup.facts(caseRef));
        RepaymentRequest request = bodies.valid(body);
        BigDecimal amount = RequestValues.field("amount", () -> LoanTerms.amount(request.amount().toPlainString(), "amount"));
        Instant paidAt = RequestValues.instant("paidAt", request.paidAt());
        if (paidAt.isAfter(Instant.now().plusSeconds(300))) {
            throw InvalidRequestException.badRequest("paidAt " + paidAt + " is in the future; record a repayment once it is made");
        }
        Bytes32 receipt = Bytes32.fromHex(request.receiptSha256());
        var result = repayments.record(new RecordRepayment(caseRef, amount, paidAt, receipt, who.institution()));
        Decision settled = chain.await(caseRef);
        return Response.status(ChainAnswers.status(settled, Response.Status.CREATED)).entity(new CaseDtos.RepaymentRecorded(
                caseRef, result.repaymentId().toString(), result.evidenceId().toString(), result.status().name(),
                result.balance().repaid(), result.balance().outstanding(), settled.state().name(),
                ChainAnswers.step(settled, caseRef))).build();
    }

    /** Every repayment of the case: counted, claimed by an agency and awaiting the creditor, or rejected. */
    @GET
    public CaseDtos.Repayments list(@PathParam("caseRef") String caseRef) {
        guard.require(Action.VIEW_CASE, lookup.facts(caseRef));
        var found = cases.repaymentsOf(caseRef).orElseThrow(() -> new NotFoundException("no case " + caseRef));
        String currency = found.currency();
        return new CaseDtos.Repayments(caseRef, found.balance().repaid(), found.claimed(), found.balance().outstanding(),
                found.repayments().stream().map(r -> new CaseDtos.Repayment(r.id().toString(), r.amount(), currency,
                        r.paidAt(), r.evidenceId() == null ? null : r.evidenceId().toString(), r.recordedBy(), r.recordedAt(),
                        r.status().name(), r.commitment() == null ? null : r.commitment().hex(), r.decidedBy(), r.decidedAt(),
                        r.decisionReason())).toList());
    }

    /** The creditor confirms an agency's claim: it counts from now on, and settles the case if nothing is owed then. */
    @POST
    @Path("{id}/confirm")
    public Response confirm(@PathParam("caseRef") String caseRef, @PathParam("id") String id) {
        Caller who = guard.require(Action.CONFIRM_REPAYMENT, lookup.facts(caseRef));
        var result = claims.decide(new DecideRepaymentClaim(caseRef, uuid(id), true, null, who.institution()));
        Decision settled = chain.await(caseRef);
        return Response.status(ChainAnswers.status(settled, Response.Status.OK)).entity(decided(caseRef, id, result, settled))
                .build();
    }

    /** {reason}: the creditor rejects an agency's claim; it never counts. */
    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDtos.ClaimDecided reject(@PathParam("caseRef") String caseRef, @PathParam("id") String id,
                                        RejectRepaymentRequest body) {
        Caller who = guard.require(Action.CONFIRM_REPAYMENT, lookup.facts(caseRef));
        String reason = bodies.valid(body).reason().strip();
        var result = claims.decide(new DecideRepaymentClaim(caseRef, uuid(id), false, reason, who.institution()));
        return decided(caseRef, id, result, chain.await(caseRef));
    }

    private static CaseDtos.ClaimDecided decided(String caseRef, String id,
                                                 java.util.Optional<DecidingRepaymentClaims.ClaimDecided> result,
                                                 Decision chain) {
        var d = result.orElseThrow(() -> new NotFoundException("no repayment " + id + " on case " + caseRef));
        return new CaseDtos.ClaimDecided(caseRef, d.repayment().id().toString(), d.repayment().status().name(),
                d.balance().repaid(), d.balance().outstanding(), chain.state().name(), ChainAnswers.step(chain, caseRef));
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.badRequest("repayment id must be a UUID, got '" + RequestValues.abbreviate(id) + "'");
        }
    }
}
