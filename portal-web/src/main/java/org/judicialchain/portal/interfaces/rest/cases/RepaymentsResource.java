package org.judicialchain.portal.interfaces.rest.cases;

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
import java.math.BigDecimal;
import java.time.Instant;
import org.judicialchain.evidence.domain.model.cases.LoanTerms;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.identity.access.Action;
import org.judicialchain.identity.access.Caller;
import org.judicialchain.portal.application.cases.RecordingRepayments.RecordRepayment;
import org.judicialchain.portal.application.cases.RecordingRepayments;
import org.judicialchain.portal.interfaces.rest.cases.request.RepaymentRequest;
import org.judicialchain.portal.interfaces.rest.shared.RequestBodies;
import org.judicialchain.portal.interfaces.rest.shared.RequestValues;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;

/** Repayments of a case, each on an anchored receipt; the one that clears the balance settles the case. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Path("v1/cases/{caseRef}/repayments")
@RequestScoped
public class RepaymentsResource {

    @Inject
    RecordingRepayments repayments;
    @Inject
    Guard guard;
    @Inject
    CaseLookup lookup;
    @Inject
    RequestBodies bodies;

    /** {amount, paidAt, receiptSha256}: the lender (or its payment system) records a repayment. */
    @POST
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
        return Response.status(Response.Status.CREATED).entity(new CaseDtos.RepaymentRecorded(caseRef,
                result.repaymentId().toString(), result.evidenceId().toString(), result.balance().repaid(),
                result.balance().outstanding(), result.state().name())).build();
    }

}
