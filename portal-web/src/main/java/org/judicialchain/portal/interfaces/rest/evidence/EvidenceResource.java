package org.judicialchain.portal.interfaces.rest.evidence;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.digest.ContentDigests;
import org.judicialchain.evidence.domain.model.evidence.EvidenceKind;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.evidence.domain.service.EvidenceStore;
import org.judicialchain.portal.application.cases.FindingCases;
import org.judicialchain.portal.application.evidence.FindingEvidence;
import org.judicialchain.portal.application.evidence.FindingEvidence.EvidenceDetails;
import org.judicialchain.portal.application.evidence.SubmittingEvidence;
import org.judicialchain.portal.config.PortalConfig;
import org.judicialchain.portal.interfaces.rest.evidence.request.DigestSubmissionRequest;
import org.judicialchain.portal.interfaces.rest.shared.MultipartReader;
import org.judicialchain.portal.interfaces.rest.shared.RequestBodies;
import org.judicialchain.portal.interfaces.rest.shared.RequestValues;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;
import org.judicialchain.portal.interfaces.rest.shared.security.CaseReferences;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;

/** Submitting evidence (a file, or only its digest) and reading it back with its anchor and receipt. */
@Path("v1/evidence")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class EvidenceResource {

    @Inject
    SubmittingEvidence submission;
    @Inject
    FindingEvidence queries;
    @Inject
    EvidenceStore store;
    @Inject
    Guard guard;
    @Inject
    FindingCases cases;
    @Inject
    CaseReferences references;
    @Inject
    PortalConfig config;
    @Context
    UriInfo uri;
    @Inject
    RequestBodies bodies;

    /** Hash-only mode: {sha256, caseRef, kind, capturedAt, note?}; the file stays with its owner. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submitDigest(DigestSubmissionRequest body) {
        Guard.Submitter submitter = guard.requireSubmitter();
        DigestSubmissionRequest request = bodies.valid(body);
        Bytes32 sha256 = RequestValues.field("sha256", () -> Bytes32.fromHex(request.sha256()));
        SubmissionForm form = SubmissionForm.of(request.fields());
        return accept(form, new ContentDigests(sha256, Bytes32.ZERO, 0), true, submitter);
    }

    /** File mode: multipart with a "file" part and the metadata fields as text parts. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@Context HttpServletRequest request) throws IOException {
        Guard.Submitter submitter = guard.requireSubmitter();
        // with the case reference sent before the file (the pages do), a caller who may not file into the
        // case is refused before the file is stored; accept() checks again for a reference sent after it
        MultipartReader.Parts parts = MultipartReader.read(request, store, SubmissionForm.FIELDS, config.maxUploadBytes(),
                fields -> {
                    if (fields.containsKey("caseRef")) {
                        caseToFileInto(SubmissionForm.caseRef(fields.get("caseRef")), submitter);
                    }
                });
        SubmissionForm form = SubmissionForm.of(parts.fields());
        return accept(form, parts.file(), false, submitter);
    }

    @GET
    @Path("{id}")
    public EvidenceDtos.EvidenceView get(@PathParam("id") String id) {
        EvidenceDetails details = findForReading(id);
        return EvidenceAssembler.view(details, guard.mayReadNote(details.record(), cases.facts(details.record().caseRef())));
    }

    @GET
    @Path("{id}/receipt")
    public ReceiptDto receipt(@PathParam("id") String id) {
        EvidenceDetails details = findForReading(id);
        return details.anchor().map(a -> EvidenceAssembler.receipt(details, a)).orElseThrow(() ->
                new InvalidRequestException(Response.Status.CONFLICT,
                        "evidence " + id + " is not anchored yet; its receipt exists once status is ANCHORED"));
    }

    private Response accept(SubmissionForm form, ContentDigests digests, boolean hashOnly, Guard.Submitter submitter) {
        requireGeneral(form.kind());
        String caseRef = caseToFileInto(form.caseRef(), submitter);
        EvidenceRecord record = RequestValues.checked(() -> EvidenceRecord.submit(caseRef, form.kind(), digests.sha256(),
                hashOnly ? Optional.empty() : Optional.of(digests.sm3()),
                hashOnly ? Optional.empty() : Optional.of(digests.size()),
                form.capturedAt(), Instant.now(), submitter.institution(), form.note()));
        submission.record(record, form.capture());
        return Response.accepted(EvidenceAssembler.accepted(record))
                .location(uri.getBaseUriBuilder().path("v1/evidence").path(record.id().toString()).build())
                .build();
    }

    /**
     * The case (by its global reference) a submission goes into. A loan case's custody log takes evidence only from
     * its parties; without this any lender or agency could file into another creditor's case (found by
     * HostileInputIT). A reference no case has is a case file of the submitter's own numbering, theirs alone
     * (security review, items 1 and 2); a debtor files only into a case they claimed.
     */
    private String caseToFileInto(String given, Guard.Submitter submitter) {
        String caseRef = submitter.debtor() ? references.existing(given) : references.forFiling(given, submitter.institution());
        var facts = cases.facts(caseRef);
        if (facts.isEmpty() && submitter.debtor()) {
            throw new jakarta.ws.rs.NotFoundException("no case " + given + " that you have claimed");
        }
        facts.ifPresent(f -> guard.require(org.judicialchain.identity.access.Action.SUBMIT_EVIDENCE, f));
        return caseRef;
    }

    /**
     * Reserved kinds say on the chain what they are (a repayment, a transfer, an appointment, a court's document), so
     * only their own use cases write them (security review, item 6).
     */
    private static void requireGeneral(EvidenceKind kind) {
        if (!kind.reserved()) {
            return;
        }
        String where = switch (kind) {
            case REPAYMENT_RECORD -> "POST /api/v1/cases/{caseRef}/repayments records a repayment (a payer's own proof is"
                    + " PAYMENT_PROOF)";
            case DEBT_TRANSFER -> "POST /api/v1/cases/{caseRef}/transfers records a transfer";
            case COLLECTION_AUTHORIZATION -> "POST /api/v1/cases/{caseRef}/authorisations appoints an agency";
            default -> "only the court issues its documents";
        };
        throw InvalidRequestException.badRequest("kind " + kind + " is not filed as evidence: " + where);
    }

    /** The item, if this caller may read it; every view by another party is logged in the case's custody log. */
    private EvidenceDetails findForReading(String id) {
        guard.requireSignedIn();
        EvidenceDetails details = find(id);
        String viewer = guard.requireEvidenceReader(details.record(), cases.facts(details.record().caseRef()));
        if (viewer != null) {
            queries.viewedBy(details.record(), viewer);
        }
        return details;
    }

    private EvidenceDetails find(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.badRequest("evidence id must be a UUID, got '" + RequestValues.abbreviate(id) + "'");
        }
        return queries.find(uuid).orElseThrow(() -> new NotFoundException("no evidence " + uuid));
    }


}
