package org.judicialchain.portal.interfaces.rest.disputes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.disputes.DecisionOutcome;
import org.judicialchain.evidence.domain.model.disputes.ObjectionType;
import org.judicialchain.identity.Role;
import org.judicialchain.identity.access.Action;
import org.judicialchain.identity.access.Caller;
import org.judicialchain.identity.access.CaseAccessFacts;
import org.judicialchain.portal.application.cases.CaseBook;
import org.judicialchain.portal.application.disputes.HandlingObjections;
import org.judicialchain.portal.application.disputes.ObjectionDecisions;
import org.judicialchain.portal.domain.disputes.ObjectionRow;
import org.judicialchain.portal.domain.disputes.Objections;
import org.judicialchain.portal.interfaces.rest.documents.Languages;
import org.judicialchain.portal.interfaces.rest.shared.JsonBodies;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;
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
    Objections store;
    @Inject
    HandlingObjections objections;
    @Inject
    ObjectionDecisions decisions;
    @Inject
    CaseBook book;
    @Inject
    DisputeRequests requests;
    @Inject
    Guard guard;
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
    public DisputeDtos.ObjectionView respond(@PathParam("id") String id, InputStream body) {
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
        JsonObject json = JsonBodies.readObject(body, Set.of("statement", "evidenceIds"));
        objections.respond(seen.objection().id(), who.institution(), role, DisputeRequests.text(json, "statement"),
                JsonBodies.uuidList(json, "evidenceIds", ObjectionsResource.MAX_CITED), guard.displayName());
        return view(store.find(seen.objection().id()).orElseThrow());
    }

    /** A judge or arbitrator of the case's court takes the objection up (assigned to themselves). */
    @POST
    @Path("assignment")
    public DisputeDtos.ObjectionView assign(@PathParam("id") String id) {
        Seen seen = visible(id);
        Caller judge = guard.require(Action.DECIDE_OBJECTION, seen.facts());
        objections.assign(seen.objection().id(), guard.displayName(), judge.court());
        return view(store.find(seen.objection().id()).orElseThrow());
    }

    /** {outcome: UPHELD | PARTIALLY_UPHELD | DISMISSED, reasons, adjustedPrincipal?, language?: zh-CN | en} */
    @POST
    @Path("decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decide(@PathParam("id") String id, InputStream body) {
        Seen seen = visible(id);
        Caller judge = guard.require(Action.DECIDE_OBJECTION, seen.facts());
        JsonObject json = JsonBodies.readObject(body, Set.of("outcome", "reasons", "adjustedPrincipal", "language"));
        DecisionOutcome outcome = DecisionOutcome.parse(JsonBodies.requiredString(json, "outcome"));
        String reasons = DisputeRequests.text(json, "reasons");
        Optional<BigDecimal> adjusted = Optional.empty();
        if (json.containsKey("adjustedPrincipal") && !json.isNull("adjustedPrincipal")) {
            if (json.get("adjustedPrincipal").getValueType() != JsonValue.ValueType.NUMBER) {
                throw InvalidRequestException.badRequest("adjustedPrincipal must be a number");
            }
            adjusted = Optional.of(json.getJsonNumber("adjustedPrincipal").bigDecimalValue());
        }
        var decided = decisions.decide(seen.objection().id(), new ObjectionDecisions.Decision(outcome, reasons, adjusted,
                Languages.parse(JsonBodies.optionalString(json, "language").orElse("zh-CN")), guard.displayName(),
                judge.court()));
        String download = uri.getBaseUri().getPath() + "v1/documents/" + decided.document().documentId();
        return Response.ok(new DisputeDtos.Decided(view(decided.objection()), decided.document().documentId().toString(),
                decided.document().sha256().hex(), decided.document().verificationCode(), download,
                decided.caseState().name())).build();
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
        return DisputeAssembler.objection(o, store.responses(o.id()), state, uri.getBaseUri().getPath(), Instant.now());
    }
}
