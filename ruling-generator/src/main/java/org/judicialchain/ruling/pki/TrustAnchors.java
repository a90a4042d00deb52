package org.judicialchain.ruling.pki;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Reads the court root certificates a verifier trusts, and the revocation lists it checks, from PEM (or DER) files. */
public final class TrustAnchors {

    private TrustAnchors() {
    }

    public static List<X509Certificate> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certificates = new ArrayList<>();
            for (var certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certificates.add((X509Certificate) certificate);
            }
            if (certificates.isEmpty()) {
                throw new KeystoreException("no certificate in " + file.toAbsolutePath());
            }
            return List.copyOf(certificates);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read trust anchors from " + file.toAbsolutePath(), e);
        } catch (CertificateException e) {
            throw new KeystoreException("not a certificate file: " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** A certificate revocation list from a DER or PEM file. */
    public static java.security.cert.X509CRL readCrl(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return (java.security.cert.X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in);
        } catch (CertificateException | java.security.cert.CRLException e) {
            throw new KeystoreException("not a CRL file: " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }
}
