package org.judicialchain.portal.interfaces.rest.evidence;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import java.util.logging.Logger;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.evidence.domain.service.EvidenceStore;
import org.judicialchain.portal.application.cases.FindingCases;
import org.judicialchain.portal.application.evidence.FindingEvidence;
import org.judicialchain.portal.domain.privacy.ErasureRequests;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;

/**
 * An uploaded evidence file, for those the access policy lets read the item (the case's court, its parties): a judge
 * plays the call recording the chain vouches for. The file is checked against its anchored SHA-256 before a byte
 * leaves, and every read is on record (the custody log for other parties, the access log).
 */
@Path("v1/evidence/{id}/content")
@RequestScoped
public class EvidenceContentResource {

    private static final Logger LOG = Logger.getLogger(EvidenceContentResource.class.getName());

    @Inject
    FindingEvidence queries;
    @Inject
    FindingCases cases;
    @Inject
    EvidenceStore store;
    @Inject
    ErasureRequests erasures;
    @Inject
    Guard guard;

    /** 404 for an item filed by fingerprint only, 410 once the case's personal data was erased, 409 if the file changed. */
    @GET
    @Produces("application/octet-stream")
    public Response content(@PathParam("id") String id) throws IOException {
        guard.requireSignedIn();
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.badRequest("evidence id must be a UUID");
        }
        EvidenceRecord record = queries.find(uuid).orElseThrow(() -> new NotFoundException("no evidence " + uuid)).record();
        String viewer = guard.requireEvidenceReader(record, cases.facts(record.caseRef()));
        if (record.size().isEmpty()) {
            throw new NotFoundException("evidence " + uuid + " was filed by its fingerprint only: the file stays with "
                    + record.submitter());
        }
        erasures.erasureOf(record.caseRef()).ifPresent(done -> {
            throw new InvalidRequestException(Response.Status.GONE, "the personal data of this case was erased on "
                    + done.decidedAt() + " by order of " + done.authority() + "; the item's digest still verifies");
        });
        java.nio.file.Path file = store.locate(record.sha256()).orElseThrow(() ->
                new InvalidRequestException(Response.Status.CONFLICT, "the stored file of evidence " + uuid + " is missing"));
        Bytes32 actual = sha256(file);
        if (!actual.equals(record.sha256())) {
            LOG.severe("stored file of evidence " + uuid + " no longer matches its anchored SHA-256: " + actual.hex());
            throw new InvalidRequestException(Response.Status.CONFLICT, "the stored file of evidence " + uuid
                    + " no longer matches its anchored SHA-256; it is not served");
        }
        if (viewer != null) {
            queries.viewedBy(record, viewer);
        }
        guard.recordRead("VIEW_EVIDENCE_CONTENT", record.caseRef(), uuid.toString());
        StreamingOutput body = out -> {
            try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(out);
            }
        };
        return Response.ok(body).header("Content-Length", Files.size(file))
                .header("Content-Disposition", "attachment; filename=\"evidence-" + uuid + "\"")
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(record.sha256().toByteArray()))
                .build();
    }

    private static Bytes32 sha256(java.nio.file.Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return Bytes32.of(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
