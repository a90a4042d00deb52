package org.judicialchain.ruling.verification;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.Certificate;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.judicialchain.ruling.pki.SignerCertificates;

/**
 * The last signature of a document: intact, covering the whole file, by the court's document signer (not revoked),
 * with an RFC 3161 timestamp from a trusted timestamp authority.
 */
final class SignatureChecks {

    private static final String TIMESTAMPING_EKU = "1.3.6.1.5.5.7.3.8";

    private final Set<TrustAnchor> trustAnchors;
    private final RevocationCheck revocation;

    SignatureChecks(Set<TrustAnchor> trustAnchors, RevocationCheck revocation) {
        this.trustAnchors = trustAnchors;
        this.revocation = revocation;
    }

    List<CheckResult> of(PdfDocument document) {
        SignatureUtil signatures = new SignatureUtil(document);
        List<String> names;
        try {
            names = signatures.getSignatureNames();
        } catch (RuntimeException e) {
            names = List.of();
        }
        if (names.isEmpty()) {
            String none = "the document has no signature";
            return List.of(CheckResult.failed(Check.SIGNATURE_INTEGRITY, none),
                    CheckResult.failed(Check.SIGNATURE_COVERS_DOCUMENT, none),
                    CheckResult.failed(Check.SIGNER_CERTIFICATE, none),
                    CheckResult.failed(Check.TIMESTAMP, none));
        }
        String name = names.get(names.size() - 1);
        PdfPKCS7 pkcs7;
        try {
            pkcs7 = signatures.readSignatureData(name);
        } catch (RuntimeException e) {
            String broken = "signature '" + name + "' cannot be read: " + e.getMessage();
            return List.of(CheckResult.failed(Check.SIGNATURE_INTEGRITY, broken),
                    CheckResult.failed(Check.SIGNATURE_COVERS_DOCUMENT, broken),
                    CheckResult.failed(Check.SIGNER_CERTIFICATE, broken),
                    CheckResult.failed(Check.TIMESTAMP, broken));
        }
        List<CheckResult> results = new ArrayList<>();
        results.add(GuardedCheck.run(Check.SIGNATURE_INTEGRITY, () -> {
            boolean intact = pkcs7.verifySignatureIntegrityAndAuthenticity();
            return CheckResult.of(Check.SIGNATURE_INTEGRITY, intact, intact
                    ? "signature '" + name + "' (" + pkcs7.getSignatureMechanismName() + ") matches the signed bytes"
                    : "signature '" + name + "' does not match the signed bytes: the document was altered");
        }));
        results.add(GuardedCheck.run(Check.SIGNATURE_COVERS_DOCUMENT, () -> {
            boolean whole = signatures.signatureCoversWholeDocument(name);
            int revision = signatures.getRevision(name);
            int total = signatures.getTotalRevisions();
            return CheckResult.of(Check.SIGNATURE_COVERS_DOCUMENT, whole, whole
                    ? "signature '" + name + "' covers the whole file (revision " + revision + " of " + total + ")"
                    : "content was added after signature '" + name + "' (revision " + revision + " of " + total
                      + "): what is shown is not what was signed");
        }));
        Instant timestampTime = timestampTime(pkcs7);
        results.add(GuardedCheck.run(Check.SIGNER_CERTIFICATE, () -> signer(pkcs7, timestampTime)));
        results.add(GuardedCheck.run(Check.TIMESTAMP, () -> timestamp(pkcs7)));
        return results;
    }

    /**
     * The signer must hold a document-signing certificate (not the TSA's or any other the court CA issued) that
     * chains to a court root at the signing time and that the court has not revoked (security review, item 7).
     */
    private CheckResult signer(PdfPKCS7 pkcs7, Instant timestampTime) {
        X509Certificate certificate = pkcs7.getSigningCertificate();
        if (certificate == null) {
            return CheckResult.failed(Check.SIGNER_CERTIFICATE, "the signature carries no signer certificate");
        }
        Instant at = timestampTime != null ? timestampTime : Instant.now();
        String subject = certificate.getSubjectX500Principal().getName();
        PKIXCertPathBuilderResult path = pathToAnchor(certificate, pkcs7.getCertificates(), at);
        if (path == null) {
            return CheckResult.failed(Check.SIGNER_CERTIFICATE, "signer " + subject
                    + " does not chain to a trusted court certificate (at " + at + ")");
        }
        String notASigner = SignerCertificates.whyNotDocumentSigner(certificate);
        if (notASigner != null) {
            return CheckResult.failed(Check.SIGNER_CERTIFICATE, "signer " + subject + " may not sign court documents: "
                    + notASigner);
        }
        String anchor = path.getTrustAnchor().getTrustedCert().getSubjectX500Principal().getName();
        X509Certificate issuer = path.getCertPath().getCertificates().size() > 1
                ? (X509Certificate) path.getCertPath().getCertificates().get(1) : path.getTrustAnchor().getTrustedCert();
        CrlStatus status = CrlStatus.of(revocation, certificate, issuer, timestampTime);
        String detail = "signer " + subject + " chains to " + anchor + " (at " + at + "); " + status.detail();
        return status.passes() ? CheckResult.passed(Check.SIGNER_CERTIFICATE, detail)
                : CheckResult.failed(Check.SIGNER_CERTIFICATE, detail);
    }

    private CheckResult timestamp(PdfPKCS7 pkcs7) throws GeneralSecurityException {
        Instant time = timestampTime(pkcs7);
        if (time == null) {
            return CheckResult.failed(Check.TIMESTAMP, "the signature has no RFC 3161 timestamp");
        }
        if (!pkcs7.verifyTimestampImprint()) {
            return CheckResult.failed(Check.TIMESTAMP, "the timestamp at " + time + " is for another signature value");
        }
        PdfPKCS7 token = pkcs7.getTimestampSignatureContainer();
        if (token == null || !token.verifySignatureIntegrityAndAuthenticity()) {
            return CheckResult.failed(Check.TIMESTAMP, "the timestamp token's own signature does not verify");
        }
        X509Certificate tsa = token.getSigningCertificate();
        List<String> usages = tsa.getExtendedKeyUsage();
        if (usages == null || !usages.contains(TIMESTAMPING_EKU)) {
            return CheckResult.failed(Check.TIMESTAMP, "timestamp signer " + tsa.getSubjectX500Principal().getName()
                    + " is not a timestamp authority (no timeStamping key usage)");
        }
        PKIXCertPathBuilderResult path = pathToAnchor(tsa, token.getCertificates(), time);
        if (path == null) {
            return CheckResult.failed(Check.TIMESTAMP, "timestamp authority " + tsa.getSubjectX500Principal().getName()
                    + " is not trusted");
        }
        return CheckResult.passed(Check.TIMESTAMP, "time " + time + " from " + tsa.getSubjectX500Principal().getName());
    }

    private static Instant timestampTime(PdfPKCS7 pkcs7) {
        try {
            var calendar = pkcs7.getTimeStampDate();
            return calendar == null || pkcs7.getTimeStampTokenInfo() == null ? null : calendar.toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A PKIX path from the certificate to a trust anchor valid at {@code at}, else null. */
    private PKIXCertPathBuilderResult pathToAnchor(X509Certificate target, Certificate[] intermediates, Instant at) {
        if (trustAnchors.isEmpty()) {
            return null;
        }
        try {
            X509CertSelector selector = new X509CertSelector();
            selector.setCertificate(target);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(trustAnchors, selector);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            List<Certificate> pool = new ArrayList<>(Arrays.asList(intermediates == null ? new Certificate[0] : intermediates));
            pool.add(target);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
            return (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters);
        } catch (GeneralSecurityException e) {
            return null;
        }
    }
}
