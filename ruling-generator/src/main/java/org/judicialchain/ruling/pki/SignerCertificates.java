package org.judicialchain.ruling.pki;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What makes a certificate one that may sign a court's documents: the document-signing extended key usage
 * (RFC 9336, id-kp-documentSigning) and a key usage allowing signatures. A court's CA issues other certificates too
 * (its timestamp authority's, its servers'): none of those may sign a ruling.
 */
public final class SignerCertificates {

    /** id-kp-documentSigning, RFC 9336. */
    public static final String DOCUMENT_SIGNING_EKU = "1.3.6.1.5.5.7.3.36";

    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    private SignerCertificates() {
    }

    public static boolean isDocumentSigner(X509Certificate certificate) {
        return whyNotDocumentSigner(certificate) == null;
    }

    /** Null when the certificate may sign documents, else what it lacks. */
    public static String whyNotDocumentSigner(X509Certificate certificate) {
        List<String> usages;
        try {
            usages = certificate.getExtendedKeyUsage();
        } catch (CertificateParsingException e) {
            return "its extended key usage cannot be read";
        }
        if (usages == null || !usages.contains(DOCUMENT_SIGNING_EKU)) {
            return "it has no document-signing extended key usage (" + DOCUMENT_SIGNING_EKU + ")"
                    + (usages == null ? "" : "; it is for " + usages);
        }
        boolean[] keyUsage = certificate.getKeyUsage();
        if (keyUsage != null && !keyUsage[DIGITAL_SIGNATURE] && !keyUsage[NON_REPUDIATION]) {
            return "its key usage allows no signatures";
        }
        return null;
    }
}
