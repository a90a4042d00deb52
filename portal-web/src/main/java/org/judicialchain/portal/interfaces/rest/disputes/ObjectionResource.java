package org.judicialchain.portal.interfaces.rest.disputes;

import org.judicialchain.portal.interfaces.rest.documents.DocumentLinks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.portal.interfaces.rest.documents.DocumentDtos;
import org.judicialchain.evidence.domain.model.cases.LoanTerms;
import org.judicialchain.evidence.domain.model.disputes.DecisionOutcome;
import org.judicialchain.evidence.domain.model.disputes.ObjectionType;
import org.judicialchain.identity.Role;
import org.judicialchain.identity.access.Action;
import org.judicialchain.identity.access.Caller;
import org.judicialchain.identity.access.CaseAccessFacts;
import org.judicialchain.portal.application.cases.FindingCases;
import org.judicialchain.portal.application.disputes.AnsweringObjections;
import org.judicialchain.portal.application.disputes.AssigningObjections;
import org.judicialchain.portal.application.disputes.DecidingObjections;
import org.judicialchain.portal.application.lifecycle.AwaitingTheChain.Decision;
import org.judicialchain.portal.domain.disputes.ObjectionRow;
import org.judicialchain.portal.domain.disputes.Objections;
import org.judicialchain.portal.interfaces.rest.disputes.request.DecisionRequest;
import org.judicialchain.portal.interfaces.rest.disputes.request.ObjectionResponseRequest;
import org.judicialchain.portal.interfaces.rest.documents.Languages;
import org.judicialchain.portal.interfaces.rest.shared.ChainAnswers;
import org.judicialchain.portal.interfaces.rest.shared.RequestBodies;
import org.judicialchain.portal.interfaces.rest.shared.RequestValues;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;
import org.judicialchain.portal.interfaces.rest.shared.security.AgencyScope;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;

/**
 * One objection: read it, answer it (the creditor, or for conduct objections an agency authorised on the
 * case), take it up and decide it (a judge or arbitrator of the case's court).
 */
@Path("v1/objections/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ObjectionResource {

    @Inject
    DocumentLinks links;
    @Inject
    Objections store;
    @Inject
    AnsweringObjections answering;
    @Inject
    AssigningObjections assigning;
    @Inject
    DecidingObjections decisions;
    @Inject
    FindingCases book;
    @Inject
    DisputeRequests requests;
    @Inject
    Guard guard;
    @Inject
    RequestBodies bodies;
    @Inject
    ChainAnswers chain;
    @Inject
    AgencyScope scope;
    @Context
    UriInfo uri;

    @GET
    public DisputeDtos.ObjectionView get(@PathParam("id") String id) {
        ObjectionRow o = visible(id).objection();
        return view(o);
    }

    /** {statement, evidenceIds?: [id]} */
    @POST
    @Path("responses")
    @Consumes(MediaType.APPLICATION_JSON)
    public DisputeDtos.ObjectionView respond(@PathParam("id") String id, ObjectionResponseRequest body) {
        Seen seen = visible(id);
        Caller who = guard.caller();
        String role;
        if (who.has(Role.LENDER) && seen.facts().creditorInstitution().equals(who.institution())) {
            role = "LENDER";
        } else if (who.has(Role.COLLECTOR) && ObjectionType.valueOf(seen.objection().type()).concernsConduct()) {
            guard.require(Action.ADD_COLLECTION_RECORD, seen.facts()); // the agency must be authorised on the case
            role = "COLLECTOR";
        } else {
            throw new InvalidRequestException(Response.Status.FORBIDDEN, "only the creditor of record, or for an objection to"
                    + " collection conduct an agency authorised on the case, answers an objection");
        }
        ObjectionResponseRequest request = bodies.valid(body);
        String statement = DisputeRequests.text(request.statement(), "statement");
        List<UUID> evidenceIds = DisputeRequests.uuids(request.evidenceIds(), "evidenceIds");
        // an id that is no evidence item of the case is refused with IllegalArgumentException naming it
        RequestValues.checked(() -> {
            answering.answer(new AnsweringObjections.AnswerObjection(seen.objection().id(), who.institution(), role, statement,
                    evidenceIds, guard.displayName()));
            return null;
        });
        return view(store.find(seen.objection().id()).orElseThrow());
    }

    /** A judge or arbitrator of the case's court takes the objection up (assigned to themselves). */
    @POST
    @Path("assignment")
    public DisputeDtos.ObjectionView assign(@PathParam("id") String id) {
        Seen seen = visible(id);
        Caller judge = guard.require(Action.DECIDE_OBJECTION, seen.facts());
        assigning.assign(new AssigningObjections.AssignObjection(seen.objection().id(), guard.displayName(), judge.court()));
        return view(store.find(seen.objection().id()).orElseThrow());
    }

    /** {outcome: UPHELD | PARTIALLY_UPHELD | DISMISSED, reasons, adjustedPrincipal?, language?: zh-CN | en} */
    @POST
    @Path("decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decide(@PathParam("id") String id, DecisionRequest body) {
        Seen seen = visible(id);
        Caller judge = guard.require(Action.DECIDE_OBJECTION, seen.facts());
        DecisionRequest request = bodies.valid(body);
        DecisionOutcome outcome = RequestValues.field("outcome", () -> DecisionOutcome.parse(request.outcome()));
        String reasons = DisputeRequests.text(request.reasons(), "reasons");
        // DecidingObjections requires it positive too; checked here so that the refusal names the field
        Optional<BigDecimal> adjusted = Optional.ofNullable(request.adjustedPrincipal())
                .map(p -> RequestValues.field("adjustedPrincipal", () -> LoanTerms.requirePositive(p, "adjustedPrincipal")));
        var decided = decisions.decide(seen.objection().id(), new DecidingObjections.Decision(outcome, reasons, adjusted,
                Languages.parse(request.language() == null ? "zh-CN" : request.language()), guard.displayName(),
                guard.officer(), judge.court()));
        String download = uri.getBaseUri().getPath() + "v1/documents/" + decided.document().documentId();
        Decision resumed = chain.await(seen.objection().caseRef());
        return Response.status(ChainAnswers.status(resumed, Response.Status.OK)).entity(new DisputeDtos.Decided(
                view(decided.objection()), decided.document().documentId().toString(), decided.document().sha256().hex(),
                decided.document().verificationCode(), download, decided.document().caseNumber(),
                DocumentDtos.PublicCopy.of(decided.document(), uri.getBaseUri().getPath()), resumed.state().name(),
                ChainAnswers.step(resumed, seen.objection().caseRef()))).build();
    }

    private record Seen(ObjectionRow objection, CaseAccessFacts facts) {
    }

    /** Signed in, the objection exists, and the caller may read its case (checked by caseOf); otherwise 401/404. */
    private Seen visible(String id) {
        UUID uuid = requests.id(id, "objection");
        ObjectionRow o = store.find(uuid).orElseThrow(() -> new NotFoundException("no objection " + id));
        return new Seen(o, requests.caseOf(o.caseRef(), "no objection " + id));
    }

    private DisputeDtos.ObjectionView view(ObjectionRow o) {
        String state = book.find(o.caseRef()).orElseThrow().row().state().name();
        return DisputeAssembler.objection(o, store.responses(o.id()), state, uri.getBaseUri().getPath(), Instant.now(),
                scope.viewOf(requests.caseOf(o.caseRef(), "no objection " + o.id())), links);
    }
}
