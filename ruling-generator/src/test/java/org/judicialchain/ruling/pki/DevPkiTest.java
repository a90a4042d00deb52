package org.judicialchain.ruling.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevPkiTest {

    private static final char[] PASSWORD = "changeit-dev".toCharArray();

    @Test
    void createsOnFirstUseAndLoadsTheSameKeysAfterwards(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data").resolve("pki");
        DevCourtPki created = DevPki.createOrLoad(data, PASSWORD, "Test Court");
        DevCourtPki loaded = DevPki.createOrLoad(data, PASSWORD, "ignored when loading");

        assertThat(loaded.courtSigning().certificate()).isEqualTo(created.courtSigning().certificate());
        assertThat(loaded.courtSigning().privateKey()).isEqualTo(created.courtSigning().privateKey());
        assertThat(loaded.rootCa()).isEqualTo(created.rootCa());
        assertThat(Files.exists(data.resolve(DevPki.KEYSTORE_FILE))).isTrue();
        assertThat(TrustAnchors.read(data.resolve(DevPki.ROOT_CA_FILE))).containsExactly(created.rootCa());
    }

    @Test
    void theCertificatesHaveTheRolesTheirUseNeeds(@TempDir Path dir) throws Exception {
        DevCourtPki pki = DevPki.createOrLoad(dir, PASSWORD, "Test Court");
        X509Certificate root = pki.rootCa();
        X509Certificate signing = pki.courtSigning().certificate();
        X509Certificate tsa = pki.timestamping().certificate();

        assertThat(root.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(signing.getSubjectX500Principal().getName()).contains("CN=Test Court");
        assertThat(signing.getBasicConstraints()).isEqualTo(-1);
        assertThat(signing.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(signing.getKeyUsage()[1]).as("nonRepudiation").isTrue();
        signing.verify(root.getPublicKey());
        tsa.verify(root.getPublicKey());
        assertThat(tsa.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.8");
        assertThat(tsa.getCriticalExtensionOIDs()).contains("2.5.29.37");
        assertThat(pki.courtSigning().chain()).containsExactly(signing, root);
    }

    @Test
    void aWrongPasswordIsAClearError(@TempDir Path dir) {
        DevPki.createOrLoad(dir, PASSWORD, "Test Court");

        assertThatThrownBy(() -> DevPki.createOrLoad(dir, "wrong".toCharArray(), "Test Court"))
                .isInstanceOf(KeystoreException.class).hasMessageContaining(DevPki.KEYSTORE_FILE);
    }

    @Test
    void aProductionKeystoreIsLoadedByPathPasswordAndAlias(@TempDir Path dir) {
        DevCourtPki pki = DevPki.createOrLoad(dir, PASSWORD, "Test Court");
        Path keystore = dir.resolve(DevPki.KEYSTORE_FILE);

        SigningCredentials credentials = Keystores.load(keystore, PASSWORD, DevPki.SIGNING_ALIAS);

        assertThat(credentials.certificate()).isEqualTo(pki.courtSigning().certificate());
        assertThat(credentials.chain()).hasSize(2);
        assertThatThrownBy(() -> Keystores.load(keystore, PASSWORD, null))
                .isInstanceOf(KeystoreException.class).hasMessageContaining("name the alias");
        assertThatThrownBy(() -> Keystores.load(keystore, PASSWORD, "absent"))
                .isInstanceOf(KeystoreException.class).hasMessageContaining("absent");
        assertThatThrownBy(() -> Keystores.load(dir.resolve("none.p12"), PASSWORD, null))
                .isInstanceOf(KeystoreException.class).hasMessageContaining("not found");
        assertThat(List.of(credentials.toString())).allSatisfy(s -> assertThat(s).doesNotContain("PrivateKey"));
    }
}
