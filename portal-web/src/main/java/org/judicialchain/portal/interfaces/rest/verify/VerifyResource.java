package org.judicialchain.portal.interfaces.rest.verify;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.digest.ContentDigests;
import org.judicialchain.portal.application.evidence.CourtChecklist;
import org.judicialchain.portal.application.evidence.VerifyingEvidence;
import org.judicialchain.portal.config.PortalConfig;
import org.judicialchain.portal.domain.chain.LedgerAccess;
import org.judicialchain.portal.domain.shared.ScratchFiles;
import org.judicialchain.portal.interfaces.rest.documents.DocumentDtos;
import org.judicialchain.portal.interfaces.rest.shared.MultipartReader;
import org.judicialchain.portal.interfaces.rest.shared.RequestBodies;
import org.judicialchain.portal.interfaces.rest.shared.RequestValues;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;
import org.judicialchain.portal.interfaces.rest.verify.request.VerifyRequest;

/**
 * Public verification: a file, a digest, a receipt or a signed court document. Not found is an answer (200, NOT_FOUND),
 * not an error. The file is digested on the way through and not kept.
 */
@Path("v1/verify")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class VerifyResource {

    @Inject
    VerifyingEvidence verification;
    @Inject
    LedgerAccess gateway;
    @Inject
    PortalConfig config;
    @Inject
    PdfReports pdfReports;
    @Inject
    RequestBodies bodies;
    @Inject
    ScratchFiles scratch;

    /** {"sha256": "..."} (optionally with "sm3"), or a receipt as GET /evidence/{id}/receipt returns it. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Object verifyJson(VerifyRequest body) {
        VerifyRequest request = bodies.valid(body);
        if (request.isReceipt()) {
            VerifyingEvidence.Receipt receipt = request.receipt();
            var result = verification.verifyReceipt(receipt);
            return VerificationAssembler.receipt(result, receipt.claimedLeafHash(), gateway.chainId(),
                    gateway.ledger().registryAddress());
        }
        if (request.sha256() == null) {
            throw InvalidRequestException.badRequest("send {\"sha256\": \"<64 hex digits>\"}, a receipt, or a file (multipart part 'file')");
        }
        Bytes32 sha256 = RequestValues.field("sha256", () -> Bytes32.fromHex(request.sha256()));
        Optional<Bytes32> sm3 = Optional.ofNullable(request.sm3()).map(d -> RequestValues.field("sm3", () -> Bytes32.fromHex(d)));
        return report(sha256, sm3);
    }

    /**
     * A file: a signed court PDF is verified as a document, anything else by its digests. The first
     * {@link #MAX_PDF_BYTES} go to a private scratch file, never into memory whole (security review, item 8).
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Object verifyFile(@Context HttpServletRequest request) throws IOException {
        java.nio.file.Path kept = scratch.newFile();
        try {
            ContentDigests digests;
            try (OutputStream out = Files.newOutputStream(kept)) {
                digests = MultipartReader.digestKeeping(request, config.maxUploadBytes(), MAX_PDF_BYTES + 1, out).file();
            }
            byte[] head = new byte[8];
            int n;
            try (InputStream in = Files.newInputStream(kept)) {
                n = in.readNBytes(head, 0, head.length);
            }
            if (PdfReports.looksLikePdf(Arrays.copyOf(head, n))) {
                requireNotTooLarge(digests.size());
                return pdfReports.verify(kept);
            }
            return report(digests.sha256(), Optional.of(digests.sm3()));
        } finally {
            Files.deleteIfExists(kept);
        }
    }

    /** A signed court document sent as the body (Content-Type: application/pdf), spooled to a scratch file. */
    @POST
    @Consumes("application/pdf")
    public DocumentDtos.DocumentReport verifyPdf(InputStream body) throws IOException {
        java.nio.file.Path pdf = scratch.spool(body, MAX_PDF_BYTES);
        try {
            requireNotTooLarge(Files.size(pdf));
            return pdfReports.verify(pdf);
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    private static void requireNotTooLarge(long size) {
        if (size > MAX_PDF_BYTES) {
            throw new InvalidRequestException(jakarta.ws.rs.core.Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "signed documents are verified up to " + MAX_PDF_BYTES + " bytes");
        }
    }

    static final int MAX_PDF_BYTES = 50 * 1024 * 1024;

    private VerificationDtos.DigestReport report(Bytes32 sha256, Optional<Bytes32> sm3) {
        var result = verification.verifyDigest(sha256, sm3);
        return VerificationAssembler.report(result, sm3.orElse(null), gateway.chainId(), gateway.ledger().registryAddress(),
                new CourtChecklist.Settings(config.platformStatement(), config.captureGapAttention()));
    }

}
