package org.judicialchain.portal.interfaces.rest.verify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.judicialchain.portal.application.documents.VerifyingDocuments;
import org.judicialchain.portal.interfaces.rest.documents.DocumentDtos;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;
import org.judicialchain.ruling.verification.UnreadableDocumentException;
import org.judicialchain.ruling.verification.VerificationReport;

/** Signed-document verification as the API reports it: one line per check, 4xx for files that are no readable PDF. */
@ApplicationScoped
public class PdfReports {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    @Inject
    VerifyingDocuments verification;

    static boolean looksLikePdf(byte[] head) {
        return head.length >= PDF_MAGIC.length && Arrays.equals(head, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length);
    }

    DocumentDtos.DocumentReport verify(java.nio.file.Path pdf) throws java.io.IOException {
        VerificationReport report;
        try {
            report = verification.verify(pdf);
        } catch (UnreadableDocumentException e) {
            Response.StatusType status = switch (e.reason()) {
                case NOT_A_PDF -> Response.Status.UNSUPPORTED_MEDIA_TYPE;
                case TOO_COMPLEX -> InvalidRequestException.UNPROCESSABLE;
                case ENCRYPTED, DAMAGED -> Response.Status.BAD_REQUEST;
            };
            throw new InvalidRequestException(status, e.getMessage());
        }
        return new DocumentDtos.DocumentReport("SIGNED_DOCUMENT", report.valid() ? "VERIFIED" : "FAILED",
                report.documentSha256(), report.manifestDocumentId().map(Object::toString).orElse(null),
                report.verificationCode(),
                report.checks().stream().map(c -> new DocumentDtos.Line(c.check().name(), c.outcome().name(), c.detail())).toList());
    }
}
