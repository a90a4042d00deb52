package org.judicialchain.portal.interfaces.rest.documents;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import java.io.InputStream;
import java.util.Set;
import org.judicialchain.identity.access.Action;
import org.judicialchain.identity.access.Caller;
import org.judicialchain.identity.access.CaseAccessFacts;
import org.judicialchain.portal.application.documents.DocumentIssuing;
import org.judicialchain.portal.interfaces.rest.cases.CaseLookup;
import org.judicialchain.portal.interfaces.rest.shared.JsonBodies;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;
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
    CaseLookup lookup;
    @Context
    UriInfo uri;

    /**
     * {type: JUDICIAL_CONFIRMATION | OBJECTION_DECISION, language: zh-CN | en, facts, decision, and
     * settlementSummary (confirmation) or objection + reasoning (decision)}.
     */
    @POST
    public Response issue(@PathParam("caseRef") String caseRef, InputStream body) {
        CaseAccessFacts facts = lookup.facts(caseRef);
        JsonObject json = JsonBodies.readObject(body, Set.of("type", "language", "facts", "settlementSummary", "objection", "reasoning", "decision"));
        DocumentType type = type(JsonBodies.requiredString(json, "type"));
        Caller judge = guard.require(type == DocumentType.JUDICIAL_CONFIRMATION ? Action.GRANT_CONFIRMATION
                : Action.DECIDE_OBJECTION, facts);
        Language language = Languages.parse(JsonBodies.optionalString(json, "language").orElse("zh-CN"));
        Grounds grounds = type == DocumentType.JUDICIAL_CONFIRMATION
                ? new Grounds.Settlement(JsonBodies.requiredString(json, "settlementSummary"))
                : new Grounds.Objection(JsonBodies.requiredString(json, "objection"), JsonBodies.requiredString(json, "reasoning"));
        var issued = issuing.issue(new DocumentIssuing.IssueCommand(caseRef, type, language,
                JsonBodies.requiredString(json, "facts"), grounds, JsonBodies.requiredString(json, "decision"),
                guard.displayName(), judge.court()));
        String download = uri.getBaseUriBuilder().path("v1/documents").path(issued.documentId().toString()).build().getPath();
        return Response.status(Response.Status.CREATED).entity(new DocumentDtos.Issued(issued.documentId().toString(),
                issued.evidenceId().toString(), issued.sha256().hex(), issued.verificationCode(), issued.pages(), download))
                .build();
    }

    private static DocumentType type(String s) {
        try {
            return DocumentType.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.badRequest("type must be JUDICIAL_CONFIRMATION or OBJECTION_DECISION");
        }
    }
}
