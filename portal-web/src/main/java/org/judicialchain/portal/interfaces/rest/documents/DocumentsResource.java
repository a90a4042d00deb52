package org.judicialchain.portal.interfaces.rest.documents;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.UUID;
import org.judicialchain.identity.access.Action;
import org.judicialchain.portal.application.cases.FindingCases;
import org.judicialchain.portal.application.documents.ReadingDocuments;
import org.judicialchain.portal.application.evidence.FindingEvidence;
import org.judicialchain.portal.domain.documents.IssuedDocuments;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;
import org.judicialchain.portal.interfaces.rest.shared.security.AgencyScope;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;

/** Issued documents: the PDF for the case's parties, and what anyone may learn from a verification code. */
@Path("v1/documents")
@RequestScoped
public class DocumentsResource {

    @Inject
    IssuedDocuments documents;
    @Inject
    ReadingDocuments reading;
    @Context
    UriInfo uri;
    @Inject
    FindingCases book;
    @Inject
    FindingEvidence evidence;
    @Inject
    Guard guard;
    @Inject
    AgencyScope scope;

    @GET
    @Path("{id}")
    @Produces("application/pdf")
    public Response download(@PathParam("id") String id) {
        guard.requireSignedIn();
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.badRequest("document id must be a UUID");
        }
        var doc = documents.find(uuid).orElseThrow(() -> new NotFoundException("no document " + id));
        var facts = book.facts(doc.caseRef()).orElseThrow();
        guard.require(Action.VIEW_CASE, facts);
        if (scope.applies(facts)) {
            // served on the parties: its appendix lists every agency's evidence (security review, item 16)
            throw new NotFoundException("no document " + id);
        }
        byte[] pdf;
        try {
            pdf = reading.pdf(doc);
        } catch (ReadingDocuments.ErasedException e) {
            throw new InvalidRequestException(Response.Status.GONE, e.getMessage()
                    + e.publicCopy().map(p -> " (" + uri.getBaseUri().getPath() + "v1/documents/" + p.id() + ")").orElse(""));
        }
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + doc.type().toLowerCase(Locale.ROOT) + "-" + id + ".pdf\"")
                .build();
    }

    /** Public: the document a QR code or verification code names, without case or personal data. */
    @GET
    @Path("by-code/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    public DocumentDtos.PublicDocument byCode(@PathParam("code") String code) {
        String normalised = code.replace("-", "").toUpperCase(Locale.ROOT);
        if (!normalised.matches("[A-Z2-7]{10}")) {
            throw InvalidRequestException.badRequest("a verification code is 10 letters and digits, e.g. ABCDE-FGHIJ");
        }
        var doc = documents.byCode(normalised).orElseThrow(() -> new NotFoundException("no document with code " + code));
        String status = evidence.find(doc.evidenceId()).map(d -> d.status().name()).orElse("UNKNOWN");
        return new DocumentDtos.PublicDocument(doc.id().toString(), doc.type(), doc.language(), doc.sha256().hex(),
                doc.issuedAt(), status);
    }
}
