package org.judicialchain.portal.interfaces.rest.lifecycle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.judicialchain.identity.access.Action;
import org.judicialchain.identity.access.Caller;
import org.judicialchain.portal.application.lifecycle.AcceptingReferrals;
import org.judicialchain.portal.application.lifecycle.AwaitingTheChain.Decision;
import org.judicialchain.portal.interfaces.rest.cases.CaseLookup;
import org.judicialchain.portal.interfaces.rest.shared.ChainAnswers;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;

/** A judge or arbitrator of the case's court accepts an escalated (referred) case: it becomes JUDICIAL. */
@Path("v1/cases/{caseRef}/judicial-acceptance")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class JudicialAcceptanceResource {

    @Inject
    CaseLookup lookup;
    @Inject
    Guard guard;
    @Inject
    AcceptingReferrals court;

    @Inject
    ChainAnswers chain;

    public record Accepted(String caseRef, String state, ChainAnswers.ChainStep chain) {
    }

    /** 200 once the chain accepted the step, 202 while it has not answered, 409 with its reason when it refused. */
    @POST
    public Response accept(@PathParam("caseRef") String caseRef) {
        Caller judge = guard.require(Action.DECIDE_OBJECTION, lookup.facts(caseRef));
        court.accept(new AcceptingReferrals.AcceptReferral(caseRef, guard.displayName(), judge.court()));
        Decision accepted = chain.await(caseRef);
        ChainAnswers.requireAccepted(accepted, caseRef);
        return Response.status(ChainAnswers.status(accepted, Response.Status.OK))
                .entity(new Accepted(caseRef, accepted.state().name(), ChainAnswers.step(accepted, caseRef))).build();
    }
}
