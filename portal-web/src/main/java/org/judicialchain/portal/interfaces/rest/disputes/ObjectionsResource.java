package org.judicialchain.portal.interfaces.rest.disputes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.judicialchain.evidence.domain.model.disputes.ObjectionType;
import org.judicialchain.identity.access.Action;
import org.judicialchain.identity.access.Caller;
import org.judicialchain.identity.access.CaseAccessFacts;
import org.judicialchain.portal.application.cases.CaseBook;
import org.judicialchain.portal.application.disputes.HandlingObjections;
import org.judicialchain.portal.domain.disputes.ObjectionRow;
import org.judicialchain.portal.domain.disputes.Objections;
import org.judicialchain.portal.interfaces.rest.cases.CaseLookup;
import org.judicialchain.portal.interfaces.rest.shared.JsonBodies;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;

/** The objections of a case: the debtor files one; everyone who may see the case may read them. */
@Path("v1/cases/{caseRef}/objections")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ObjectionsResource {

    static final int MAX_CITED = 200;

    @Inject
    HandlingObjections objections;
    @Inject
    Objections store;
    @Inject
    CaseBook book;
    @Inject
    CaseLookup lookup;
    @Inject
    Guard guard;
    @Context
    UriInfo uri;

    /** {type, statement, citedRecords?: [id], citedFindings?: [id], attachments?: [evidence id]} */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response file(@PathParam("caseRef") String caseRef, InputStream body) {
        CaseAccessFacts facts = lookup.facts(caseRef);
        Caller debtor = guard.require(Action.FILE_OBJECTION, facts);
        JsonObject json = JsonBodies.readObject(body, Set.of("type", "statement", "citedRecords", "citedFindings", "attachments"));
        ObjectionType type = ObjectionType.parse(JsonBodies.requiredString(json, "type"));
        String statement = DisputeRequests.text(json, "statement");
        ObjectionRow filed = objections.file(new HandlingObjections.Filing(caseRef, debtor.partyId(), type, statement,
                JsonBodies.stringList(json, "citedRecords", MAX_CITED), JsonBodies.stringList(json, "citedFindings", MAX_CITED),
                JsonBodies.uuidList(json, "attachments", MAX_CITED)));
        String state = book.find(caseRef).orElseThrow().row().state().name();
        return Response.status(Response.Status.CREATED)
                .location(uri.getBaseUriBuilder().path("v1/objections").path(filed.id().toString()).build())
                .entity(DisputeAssembler.objection(filed, List.of(), state, uri.getBaseUri().getPath(), Instant.now())).build();
    }

    @GET
    public List<DisputeDtos.ObjectionView> list(@PathParam("caseRef") String caseRef) {
        guard.require(Action.VIEW_CASE, lookup.facts(caseRef));
        String state = book.find(caseRef).orElseThrow().row().state().name();
        Instant now = Instant.now();
        return store.ofCase(caseRef).stream().map(o -> DisputeAssembler.objection(o, store.responses(o.id()), state,
                uri.getBaseUri().getPath(), now)).toList();
    }
}
