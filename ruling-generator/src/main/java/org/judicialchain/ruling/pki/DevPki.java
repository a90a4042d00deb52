package org.judicialchain.ruling.pki;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Creates, on first use, a development PKI under a directory and loads it afterwards:
 * {@value #KEYSTORE_FILE} (PKCS#12, the caller's password) with a root CA, the court's signing
 * key and the timestamp authority's key (EC P-256, SHA-256), and {@value #ROOT_CA_FILE}, the
 * root certificate a verifier trusts. Never for production: there the court's keystore is read
 * with {@link Keystores#load}.
 */
public final class DevPki {

    public static final String KEYSTORE_FILE = "court-dev.p12";
    public static final String ROOT_CA_FILE = "court-dev-root-ca.pem";
    public static final String ROOT_ALIAS = "court-root-ca";
    public static final String SIGNING_ALIAS = "court-signing";
    public static final String TSA_ALIAS = "court-tsa";
    /** The root CA's certificate revocation list, re-issued by {@link #currentCrl} before it goes stale. */
    public static final String CRL_FILE = "court-dev-root-ca.crl";
    private static final Duration CRL_VALIDITY = Duration.ofDays(7);

    private static final SecureRandom RANDOM = new SecureRandom();

    private DevPki() {
    }

    /**
     * Loads the dev PKI from {@code directory}, creating it (and the directory) first if absent.
     *
     * @param courtName printed as the signer (certificate common name) when created
     * @throws KeystoreException when an existing keystore cannot be opened with this password
     */
    public static DevCourtPki createOrLoad(Path directory, char[] password, String courtName) {
        Path keystore = directory.resolve(KEYSTORE_FILE);
        if (Files.exists(keystore) && !SignerCertificates.isDocumentSigner(load(keystore, password).courtSigning().certificate())) {
            // made before signing certificates carried the document-signing key usage: its documents no longer verify,
            // so a development PKI of the current kind replaces it (the old one is kept beside it)
            try {
                Files.move(keystore, directory.resolve(KEYSTORE_FILE + ".before-document-signing-eku"),
                        StandardCopyOption.REPLACE_EXISTING);
                Files.deleteIfExists(directory.resolve(ROOT_CA_FILE));
                Files.deleteIfExists(directory.resolve(CRL_FILE));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot set aside the old dev PKI under " + directory.toAbsolutePath(), e);
            }
        }
        if (!Files.exists(keystore)) {
            create(directory, password, courtName);
        }
        DevCourtPki pki = load(keystore, password);
        Path rootFile = directory.resolve(ROOT_CA_FILE);
        if (!Files.exists(rootFile)) {
            try {
                writeAtomically(rootFile, pem(pki.rootCa()).getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + rootFile.toAbsolutePath(), e);
            }
        }
        return pki;
    }

    static DevCourtPki load(Path keystore, char[] password) {
        KeyStore store = Keystores.open(keystore, password);
        try {
            X509Certificate root = (X509Certificate) store.getCertificate(ROOT_ALIAS);
            if (root == null) {
                throw new KeystoreException(keystore + " is not a dev court keystore (no " + ROOT_ALIAS + ")");
            }
            return new DevCourtPki(root, entry(store, SIGNING_ALIAS, password, keystore),
                    entry(store, TSA_ALIAS, password, keystore));
        } catch (GeneralSecurityException e) {
            throw new KeystoreException("cannot read dev keystore " + keystore + ": " + e.getMessage(), e);
        }
    }

    private static SigningCredentials entry(KeyStore store, String alias, char[] password, Path file)
            throws GeneralSecurityException {
        PrivateKey key = (PrivateKey) store.getKey(alias, password);
        Certificate[] chain = store.getCertificateChain(alias);
        if (key == null || chain == null) {
            throw new KeystoreException(file + " lacks the key entry " + alias);
        }
        return new SigningCredentials(key, List.of((X509Certificate) chain[0], (X509Certificate) chain[1]));
    }

    private static void create(Path directory, char[] password, String courtName) {
        try {
            // the keystore holds the dev root CA's private key: the folder is the portal user's alone (files in it are
            // temp files first, which are created 0600)
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(directory);
            }
            Instant now = Instant.now().minus(Duration.ofHours(1));
            KeyPair rootKeys = ecKeyPair();
            X500Name rootName = name(courtName + " Dev Root CA");
            X509Certificate root = issue(rootName, rootKeys, rootName, rootKeys.getPrivate(), rootKeys.getPublic(),
                    now, Duration.ofDays(3650), Role.CA);
            KeyPair signingKeys = ecKeyPair();
            X509Certificate signing = issue(name(courtName), signingKeys, rootName, rootKeys.getPrivate(),
                    rootKeys.getPublic(), now, Duration.ofDays(3 * 365), Role.DOCUMENT_SIGNER);
            KeyPair tsaKeys = ecKeyPair();
            X509Certificate tsa = issue(name(courtName + " Dev Timestamp Authority"), tsaKeys, rootName,
                    rootKeys.getPrivate(), rootKeys.getPublic(), now, Duration.ofDays(3 * 365), Role.TIMESTAMPING);

            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ROOT_ALIAS, rootKeys.getPrivate(), password, new Certificate[] {root});
            store.setKeyEntry(SIGNING_ALIAS, signingKeys.getPrivate(), password, new Certificate[] {signing, root});
            store.setKeyEntry(TSA_ALIAS, tsaKeys.getPrivate(), password, new Certificate[] {tsa, root});

            Path temp = Files.createTempFile(directory, KEYSTORE_FILE, ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                store.store(out, password);
            }
            try {
                // another instance may have won the race: keep its keystore, which is what it already uses
                Files.move(temp, directory.resolve(KEYSTORE_FILE));
            } catch (FileAlreadyExistsException e) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dev PKI under " + directory.toAbsolutePath(), e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot create the dev PKI: " + e.getMessage(), e);
        }
    }

    /**
     * The root CA's revocation list: the one published under {@code directory}, re-issued (same revocations, signed by
     * the dev root key) when missing or within a day of its next update, so verification never depends on the date.
     */
    public static synchronized X509CRL currentCrl(Path directory, char[] password) {
        Path file = directory.resolve(CRL_FILE);
        try {
            X509CRL published = Files.exists(file) ? TrustAnchors.readCrl(file) : null;
            Instant soon = Instant.now().plus(Duration.ofDays(1));
            if (published != null && published.getNextUpdate() != null && published.getNextUpdate().toInstant().isAfter(soon)) {
                return published;
            }
            return issueCrl(directory, password, published == null ? List.of() : revokedIn(published));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish the dev CRL under " + directory.toAbsolutePath(), e);
        }
    }

    /** Revokes a certificate of the dev PKI (for tests and drills): the published CRL lists it from now on. */
    public static synchronized X509CRL revoke(Path directory, char[] password, X509Certificate certificate) {
        X509CRL current = currentCrl(directory, password);
        List<Revoked> revoked = new ArrayList<>(revokedIn(current));
        revoked.add(new Revoked(certificate.getSerialNumber(), Instant.now()));
        try {
            return issueCrl(directory, password, revoked);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish the dev CRL under " + directory.toAbsolutePath(), e);
        }
    }

    private record Revoked(BigInteger serial, Instant at) {
    }

    private static List<Revoked> revokedIn(X509CRL crl) {
        return crl.getRevokedCertificates() == null ? List.of() : crl.getRevokedCertificates().stream()
                .map(e -> new Revoked(e.getSerialNumber(), e.getRevocationDate().toInstant())).toList();
    }

    private static X509CRL issueCrl(Path directory, char[] password, List<Revoked> revoked) throws IOException {
        KeyStore store = Keystores.open(directory.resolve(KEYSTORE_FILE), password);
        try {
            X509Certificate root = (X509Certificate) store.getCertificate(ROOT_ALIAS);
            PrivateKey rootKey = (PrivateKey) store.getKey(ROOT_ALIAS, password);
            Instant now = Instant.now();
            org.bouncycastle.cert.X509v2CRLBuilder builder = new org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder(root,
                    Date.from(now.minus(Duration.ofMinutes(5))));
            builder.setNextUpdate(Date.from(now.plus(CRL_VALIDITY)));
            for (Revoked r : revoked) {
                builder.addCRLEntry(r.serial(), Date.from(r.at()), org.bouncycastle.asn1.x509.CRLReason.keyCompromise);
            }
            X509CRL crl = new org.bouncycastle.cert.jcajce.JcaX509CRLConverter().getCRL(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(rootKey)));
            writeAtomically(directory.resolve(CRL_FILE), crl.getEncoded());
            return crl;
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot issue the dev CRL: " + e.getMessage(), e);
        }
    }

    /** PEM of a certificate, as trust-anchor files hold it. */
    public static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("certificate does not encode", e);
        }
    }

    enum Role { CA, DOCUMENT_SIGNER, TIMESTAMPING }

    /** Issues a certificate; package-private so tests can make an untrusted look-alike PKI. */
    static X509Certificate issue(X500Name subject, KeyPair subjectKeys, X500Name issuer, PrivateKey issuerKey,
                                 java.security.PublicKey issuerPublicKey, Instant notBefore, Duration validity, Role role)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        BigInteger serial = new BigInteger(127, RANDOM).add(BigInteger.ONE);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serial, Date.from(notBefore),
                Date.from(notBefore.plus(validity)), subject, subjectKeys.getPublic());
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.subjectKeyIdentifier, false,
                extensions.createSubjectKeyIdentifier(subjectKeys.getPublic()));
        builder.addExtension(Extension.authorityKeyIdentifier, false,
                extensions.createAuthorityKeyIdentifier(issuerPublicKey));
        switch (role) {
            case CA -> {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            }
            case DOCUMENT_SIGNER -> {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                builder.addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                        KeyPurposeId.getInstance(new org.bouncycastle.asn1.ASN1ObjectIdentifier(SignerCertificates.DOCUMENT_SIGNING_EKU))));
            }
            case TIMESTAMPING -> {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            }
        }
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
    }

    static KeyPair ecKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }

    static X500Name name(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "CN")
                .addRDN(BCStyle.O, "JudicialChain development")
                .addRDN(BCStyle.CN, commonName)
                .build();
    }

    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        Files.write(temp, content);
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
