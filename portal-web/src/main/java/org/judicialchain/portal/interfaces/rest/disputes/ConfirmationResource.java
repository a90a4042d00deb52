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
import java.util.UUID;
import org.judicialchain.portal.interfaces.rest.documents.DocumentDtos;
import org.judicialchain.identity.access.Action;
import org.judicialchain.identity.access.Caller;
import org.judicialchain.identity.access.CaseAccessFacts;
import org.judicialchain.portal.application.disputes.DecidingConfirmations;
import org.judicialchain.portal.application.documents.DocumentIssuing;
import org.judicialchain.portal.domain.disputes.ConfirmationRow;
import org.judicialchain.portal.domain.disputes.Confirmations;
import org.judicialchain.portal.interfaces.rest.disputes.request.GrantRequest;
import org.judicialchain.portal.interfaces.rest.disputes.request.RefusalRequest;
import org.judicialchain.portal.interfaces.rest.documents.Languages;
import org.judicialchain.portal.interfaces.rest.shared.ChainAnswers;
import org.judicialchain.portal.interfaces.rest.shared.RequestBodies;
import org.judicialchain.portal.interfaces.rest.shared.security.AgencyScope;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;

/** One confirmation request: read it, read its draft, grant or refuse it (a judge of the case's court). */
@Path("v1/confirmations/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ConfirmationResource {

    @Inject
    DocumentLinks links;
    @Inject
    DecidingConfirmations confirmations;
    @Inject
    Confirmations store;
    @Inject
    DisputeRequests requests;
    @Inject
    Guard guard;
    @Inject
    ChainAnswers chain;
    @Inject
    RequestBodies bodies;
    @Inject
    AgencyScope scope;
    @Context
    UriInfo uri;

    @GET
    public DisputeDtos.ConfirmationView get(@PathParam("id") String id) {
        Seen seen = visible(id);
        return DisputeAssembler.confirmation(seen.request(), uri.getBaseUri().getPath(), scope.viewOf(seen.facts()), links);
    }

    /** The confirmation as it would be issued, unsigned, for the judge to read before granting. */
    @GET
    @Path("draft")
    @Produces("application/pdf")
    public Response draft(@PathParam("id") String id) {
        Seen seen = visible(id);
        Caller judge = guard.require(Action.GRANT_CONFIRMATION, seen.facts());
        byte[] pdf = confirmations.draft(seen.request().id(), guard.displayName(), guard.officer(), judge.court());
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"draft-confirmation-" + seen.request().caseRef() + ".pdf\"")
                .build();
    }

    /** {reasons, language?: zh-CN | en}: issues the signed judicial confirmation; the case becomes CONFIRMED. */
    @POST
    @Path("grant")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response grant(@PathParam("id") String id, GrantRequest body) {
        Seen seen = visible(id);
        Caller judge = guard.require(Action.GRANT_CONFIRMATION, seen.facts());
        GrantRequest request = bodies.valid(body);
        DocumentIssuing.IssuedDocument doc = confirmations.grant(new DecidingConfirmations.GrantConfirmation(seen.request().id(),
                DisputeRequests.text(request.reasons(), "reasons"),
                Languages.parse(request.language() == null ? "zh-CN" : request.language()), guard.displayName(), guard.officer(),
                judge.court()));
        String download = uri.getBaseUri().getPath() + "v1/documents/" + doc.documentId();
        chain.await(seen.request().caseRef()); // a confirmation moves the case to CONFIRMED: answer once the chain has decided
        return Response.ok(new DisputeDtos.Granted(DisputeAssembler.confirmation(store.find(seen.request().id()).orElseThrow(),
                uri.getBaseUri().getPath(), scope.viewOf(seen.facts()), links), doc.documentId().toString(), doc.sha256().hex(), doc.verificationCode(), download,
                doc.caseNumber(), DocumentDtos.PublicCopy.of(doc, uri.getBaseUri().getPath())))
                .build();
    }

    /** {reasons}: the request is refused; the lender may ask again once the reasons are dealt with. */
    @POST
    @Path("refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    public DisputeDtos.ConfirmationView refuse(@PathParam("id") String id, RefusalRequest body) {
        Seen seen = visible(id);
        guard.require(Action.GRANT_CONFIRMATION, seen.facts());
        confirmations.refuse(new DecidingConfirmations.RefuseConfirmation(seen.request().id(),
                DisputeRequests.text(bodies.valid(body).reasons(), "reasons"), guard.displayName()));
        return DisputeAssembler.confirmation(store.find(seen.request().id()).orElseThrow(), uri.getBaseUri().getPath(),
                scope.viewOf(seen.facts()), links);
    }

    private record Seen(ConfirmationRow request, CaseAccessFacts facts) {
    }

    private Seen visible(String id) {
        UUID uuid = requests.id(id, "confirmation request");
        ConfirmationRow c = store.find(uuid).orElseThrow(() -> new NotFoundException("no confirmation request " + id));
        return new Seen(c, requests.caseOf(c.caseRef(), "no confirmation request " + id));
    }
}
