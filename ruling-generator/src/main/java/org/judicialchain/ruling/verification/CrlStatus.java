package org.judicialchain.ruling.verification;

import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Whether the court revoked a signer certificate, from the revocation lists a verifier is given (security review,
 * item 7). A signer revoked after the time-stamped signing still passes, and the detail says when it was revoked.
 */
record CrlStatus(boolean passes, String detail) {

    static CrlStatus of(RevocationCheck revocation, X509Certificate certificate, X509Certificate issuer, Instant signedAt) {
        if (!(revocation instanceof RevocationCheck.Crls crls)) {
            return new CrlStatus(true, "revocation not checked (this verifier has no CRL of the court)");
        }
        String by = issuer.getSubjectX500Principal().getName();
        List<X509CRL> fromIssuer = new ArrayList<>();
        for (X509CRL crl : crls.current().get()) {
            if (crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal()) && signedBy(crl, issuer)) {
                fromIssuer.add(crl);
            }
        }
        if (fromIssuer.isEmpty()) {
            return new CrlStatus(false, "revocation unknown: no CRL signed by " + by);
        }
        Date now = new Date();
        X509CRL current = fromIssuer.stream().filter(c -> c.getNextUpdate() == null || c.getNextUpdate().after(now))
                .max(java.util.Comparator.comparing(X509CRL::getThisUpdate)).orElse(null);
        if (current == null) {
            return new CrlStatus(false, "revocation unknown: the CRL of " + by + " is out of date");
        }
        String list = "CRL of " + by + " of " + current.getThisUpdate().toInstant();
        var entry = current.getRevokedCertificate(certificate);
        if (entry == null) {
            return new CrlStatus(true, "not revoked (" + list + ")");
        }
        Instant revokedAt = entry.getRevocationDate().toInstant();
        if (signedAt != null && revokedAt.isAfter(signedAt)) {
            return new CrlStatus(true, "revoked on " + revokedAt + ", after the time-stamped signing at " + signedAt
                    + " (" + list + ")");
        }
        return new CrlStatus(false, "REVOKED on " + revokedAt + " (" + list + ")");
    }

    private static boolean signedBy(X509CRL crl, X509Certificate issuer) {
        try {
            crl.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
