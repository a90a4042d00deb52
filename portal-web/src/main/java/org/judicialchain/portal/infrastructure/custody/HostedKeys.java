package org.judicialchain.portal.infrastructure.custody;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.judicialchain.chain.ChainConnection;
import org.judicialchain.portal.config.CustodyConfig;
import org.judicialchain.portal.config.PortalConfig;
import org.judicialchain.portal.infrastructure.store.PrivateFiles;

/**
 * The chain keys of the institutions whose steps the portal signs (hosted custody). In a PKCS#11 token each key is
 * generated inside the token, cannot be extracted, and is found by its label, {@code institution:<id>}; a
 * self-signed certificate beside it carries the public key, which is how a PKCS#11 key store lists a key. The portal
 * signs with a key only when the step is that institution's own request (ChangingCaseState decides whose step it is).
 * Without a token (a local run on a machine without SoftHSM2) the keys are 0600 files under the data folder.
 */
@ApplicationScoped
public class HostedKeys {

    private static final Logger LOG = Logger.getLogger(HostedKeys.class.getName());
    private static final String LABEL_PREFIX = "institution:";

    @Inject
    CustodyConfig config;
    @Inject
    PortalConfig portal;

    private Provider provider;
    private KeyStore token;

    /** A hosted institution's key, as a connection that signs with it. */
    public sealed interface Key {
        String address();

        record InToken(String address, ChainConnection.HeldKey key) implements Key {
        }

        record InFile(String address, String privateKeyHex) implements Key {
        }
    }

    /**
     * The institution's key; created (inside the token) when it has none and creating keys is allowed.
     *
     * @return empty when the institution has no key and none may be created here
     */
    public synchronized Optional<Key> key(String institution, boolean create) {
        try {
            return config.library().isPresent() ? inToken(institution, create) : inFile(institution, create);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("the key store of hosted institutions failed for " + institution + ": "
                    + e.getMessage(), e);
        }
    }

    /** Where the keys are, for the operations view and the log. */
    public String where() {
        return config.library().map(l -> "PKCS#11 token (" + l + ", slot index " + config.slotIndex() + ")")
                .orElse("key files under " + keyFolder() + " (local runs only: configure portal.custody.pkcs11.library)");
    }

    private Optional<Key> inToken(String institution, boolean create)
            throws GeneralSecurityException, IOException, OperatorCreationException {
        KeyStore store = token();
        String label = LABEL_PREFIX + institution;
        if (!store.containsAlias(label)) {
            if (!create || !config.createKeys()) {
                return Optional.empty();
            }
            generate(store, label, institution);
        }
        PrivateKey key = (PrivateKey) store.getKey(label, null);
        byte[] point = point((X509Certificate) store.getCertificate(label));
        ChainConnection.HeldKey held = new ChainConnection.HeldKey(key, provider, point);
        return Optional.of(new Key.InToken(ChainConnection.addressOf(point), held));
    }

    private void generate(KeyStore store, String label, String institution)
            throws GeneralSecurityException, IOException, OperatorCreationException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", provider);
        generator.initialize(new ECGenParameterSpec("secp256k1"));
        KeyPair pair = generator.generateKeyPair();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, label).build();
        var holder = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(now.getEpochSecond()), Date.from(now),
                Date.from(now.plus(36_500, ChronoUnit.DAYS)), subject, pair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(provider).build(pair.getPrivate()));
        Certificate certificate = CertificateFactory.getInstance("X.509")
                .generateCertificate(new java.io.ByteArrayInputStream(holder.getEncoded()));
        store.setKeyEntry(label, pair.getPrivate(), null, new Certificate[] {certificate});
        LOG.info(() -> "created the chain key of " + institution + " in the PKCS#11 token (label " + label + ")");
    }

    private KeyStore token() throws GeneralSecurityException, IOException {
        if (token == null) {
            String settings = "--name=PortalCustody\nlibrary=" + config.library().orElseThrow() + "\nslotListIndex="
                    + config.slotIndex() + "\n"
                    // keys live in the token, are never readable outside it, and survive the session
                    + "attributes(generate, CKO_PRIVATE_KEY, *) = {\n  CKA_TOKEN = true\n  CKA_SENSITIVE = true\n"
                    + "  CKA_EXTRACTABLE = false\n}\nattributes(generate, CKO_PUBLIC_KEY, *) = {\n  CKA_TOKEN = true\n}\n";
            provider = Security.getProvider("SunPKCS11").configure(settings);
            KeyStore store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, config.pin().toCharArray());
            token = store;
            LOG.info(() -> "hosted institution keys: " + where());
        }
        return token;
    }

    private static byte[] point(X509Certificate certificate) {
        if (certificate.getPublicKey() instanceof ECPublicKey ec) {
            byte[] point = new byte[65];
            point[0] = 4;
            copy(ec.getW().getAffineX(), point, 1);
            copy(ec.getW().getAffineY(), point, 33);
            return point;
        }
        byte[] spki = certificate.getPublicKey().getEncoded(); // the uncompressed point ends the SubjectPublicKeyInfo
        return java.util.Arrays.copyOfRange(spki, spki.length - 65, spki.length);
    }

    private static void copy(BigInteger value, byte[] into, int at) {
        byte[] bytes = value.toByteArray();
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, into, at + 32 - length, length);
    }

    private Optional<Key> inFile(String institution, boolean create) throws IOException {
        Path file = keyFolder().resolve(HexFormat.of().formatHex(institution.getBytes(StandardCharsets.UTF_8)) + ".key");
        if (!Files.exists(file)) {
            if (!create || !config.createKeys()) {
                return Optional.empty();
            }
            PrivateFiles.folder(file.getParent());
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            PrivateFiles.writeNew(file, HexFormat.of().formatHex(secret) + "\n");
            LOG.warning(() -> "created the chain key of " + institution + " as a file (" + file + "): local runs only");
        }
        String hex = Files.readString(file, StandardCharsets.US_ASCII).strip();
        return Optional.of(new Key.InFile(ChainConnection.addressOfKey(hex), hex));
    }

    private Path keyFolder() {
        return portal.dataDir().resolve("chain").resolve("institutions");
    }
}
