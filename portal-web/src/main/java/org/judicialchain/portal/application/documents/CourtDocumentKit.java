package org.judicialchain.portal.application.documents;

import java.net.URI;
import org.judicialchain.ruling.pdf.DocumentGenerator;
import org.judicialchain.ruling.signing.DocumentSigner;
import org.judicialchain.ruling.verification.DocumentVerifier;

/** The court's document tools: generator, signer and verifier of ruling PDFs, and where the QR codes lead. */
public interface CourtDocumentKit {

    DocumentGenerator generator();

    DocumentSigner signer();

    DocumentVerifier verifier();

    URI verificationUrlBase();
}
