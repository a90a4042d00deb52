package org.judicialchain.portal.interfaces.rest.documents;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.judicialchain.identity.access.Action;
import org.judicialchain.identity.access.Caller;
import org.judicialchain.identity.access.CaseAccessFacts;
import org.judicialchain.portal.application.documents.DocumentIssuing;
import org.judicialchain.portal.interfaces.rest.cases.CaseLookup;
import org.judicialchain.portal.interfaces.rest.documents.request.IssueDocumentRequest;
import org.judicialchain.portal.interfaces.rest.shared.RequestBodies;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;
import org.judicialchain.portal.interfaces.rest.shared.ChainAnswers;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;
import org.judicialchain.ruling.DocumentType;
import org.judicialchain.ruling.document.Grounds;
import org.judicialchain.ruling.document.Language;

/**
 * A judge or arbitrator of the case's court issues a signed document: a judicial confirmation of
 * a settled case, or a decision on an objection.
 */
@Path("v1/cases/{caseRef}/documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class CaseDocumentsResource {

    @Inject
    DocumentIssuing issuing;
    @Inject
    Guard guard;
    @Inject
    ChainAnswers chain;
    @Inject
    CaseLookup lookup;
    @Context
    UriInfo uri;
    @Inject
    RequestBodies bodies;

    /**
     * {type: JUDICIAL_CONFIRMATION | OBJECTION_DECISION, language: zh-CN | en, facts, decision, and
     * settlementSummary (confirmation) or objection + reasoning (decision)}.
     */
    @POST
    public Response issue(@PathParam("caseRef") String caseRef, IssueDocumentRequest body) {
        CaseAccessFacts facts = lookup.facts(caseRef);
        IssueDocumentRequest request = bodies.valid(body);
        DocumentType type = type(request.type());
        Caller judge = guard.require(type == DocumentType.JUDICIAL_CONFIRMATION ? Action.GRANT_CONFIRMATION
                : Action.DECIDE_OBJECTION, facts);
        Language language = Languages.parse(request.language() == null ? "zh-CN" : request.language());
        Grounds grounds = type == DocumentType.JUDICIAL_CONFIRMATION
                ? new Grounds.Settlement(required(request.settlementSummary(), "settlementSummary"))
                : new Grounds.Objection(required(request.objection(), "objection"), required(request.reasoning(), "reasoning"));
        var issued = issuing.issue(new DocumentIssuing.IssueCommand(caseRef, type, language,
                request.facts(), grounds, request.decision(), guard.displayName(), guard.officer(), judge.court()));
        String download = uri.getBaseUriBuilder().path("v1/documents").path(issued.documentId().toString()).build().getPath();
        chain.await(caseRef); // a confirmation moves the case to CONFIRMED: answer once the chain has decided
        return Response.status(Response.Status.CREATED).entity(new DocumentDtos.Issued(issued.documentId().toString(),
                issued.served().evidenceId().toString(), issued.sha256().hex(), issued.verificationCode(), issued.served().pages(), download,
                issued.caseNumber(), DocumentDtos.PublicCopy.of(issued, uri.getBaseUri().getPath())))
                .build();
    }

    /** The grounds of the document's type; which are needed depends on the type. */
    private static String required(String value, String field) {
        if (value == null) {
            throw InvalidRequestException.badRequest(field + " is missing");
        }
        return value;
    }

    private static DocumentType type(String s) {
        try {
            return DocumentType.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.badRequest("type must be JUDICIAL_CONFIRMATION or OBJECTION_DECISION");
        }
    }
}
