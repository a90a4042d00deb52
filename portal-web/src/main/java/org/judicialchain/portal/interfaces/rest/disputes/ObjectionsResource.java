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
import java.time.Instant;
import java.util.List;
import org.judicialchain.evidence.domain.model.disputes.ObjectionType;
import org.judicialchain.identity.access.Action;
import org.judicialchain.identity.access.Caller;
import org.judicialchain.identity.access.CaseAccessFacts;
import org.judicialchain.portal.application.cases.FindingCases;
import org.judicialchain.portal.application.disputes.FilingObjections;
import org.judicialchain.portal.application.lifecycle.AwaitingTheChain.Decision;
import org.judicialchain.portal.domain.disputes.ObjectionRow;
import org.judicialchain.portal.domain.disputes.Objections;
import org.judicialchain.portal.interfaces.rest.cases.CaseLookup;
import org.judicialchain.portal.interfaces.rest.disputes.request.ObjectionRequest;
import org.judicialchain.portal.interfaces.rest.disputes.request.TextLimits;
import org.judicialchain.portal.interfaces.rest.shared.ChainAnswers;
import org.judicialchain.portal.interfaces.rest.shared.RequestBodies;
import org.judicialchain.portal.interfaces.rest.shared.RequestValues;
import org.judicialchain.portal.interfaces.rest.shared.security.AgencyScope;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;

/** The objections of a case: the debtor files one; everyone who may see the case may read them. */
@Path("v1/cases/{caseRef}/objections")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ObjectionsResource {

    static final int MAX_CITED = TextLimits.MAX_CITED;

    @Inject
    DocumentLinks links;
    @Inject
    FilingObjections filing;
    @Inject
    Objections store;
    @Inject
    FindingCases book;
    @Inject
    CaseLookup lookup;
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

    /** {type, statement, citedRecords?: [id], citedFindings?: [id], attachments?: [evidence id]} */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response file(@PathParam("caseRef") String caseRef, ObjectionRequest body) {
        CaseAccessFacts facts = lookup.facts(caseRef);
        Caller debtor = guard.require(Action.FILE_OBJECTION, facts);
        ObjectionRequest request = bodies.valid(body);
        ObjectionType type = RequestValues.field("type", () -> ObjectionType.parse(request.type()));
        String statement = DisputeRequests.text(request.statement(), "statement");
        var objection = new FilingObjections.FileObjection(caseRef, debtor.partyId(), type, statement,
                DisputeRequests.strings(request.citedRecords()), DisputeRequests.strings(request.citedFindings()),
                DisputeRequests.uuids(request.attachments(), "attachments"));
        // an id that is no record or finding of the case is refused with IllegalArgumentException naming it
        ObjectionRow filed = RequestValues.checked(() -> filing.file(objection));
        Decision disputed = chain.await(caseRef);
        String state = disputed.state().name();
        return Response.status(ChainAnswers.status(disputed, Response.Status.CREATED))
                .location(uri.getBaseUriBuilder().path("v1/objections").path(filed.id().toString()).build())
                .entity(DisputeAssembler.objection(filed, List.of(), state, uri.getBaseUri().getPath(), Instant.now(),
                        scope.viewOf(facts), links)).build();
    }

    @GET
    public List<DisputeDtos.ObjectionView> list(@PathParam("caseRef") String caseRef) {
        CaseAccessFacts facts = lookup.facts(caseRef);
        guard.require(Action.VIEW_CASE, facts);
        String state = book.find(caseRef).orElseThrow().row().state().name();
        Instant now = Instant.now();
        AgencyScope.View view = scope.viewOf(facts);
        return store.ofCase(caseRef).stream().map(o -> DisputeAssembler.objection(o, store.responses(o.id()), state,
                uri.getBaseUri().getPath(), now, view, links)).toList();
    }
}
