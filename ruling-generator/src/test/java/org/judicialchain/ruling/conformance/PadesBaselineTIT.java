package org.judicialchain.ruling.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import eu.europa.esig.dss.jaxb.object.Message;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.judicialchain.ruling.pki.DevPki;
import org.judicialchain.ruling.testing.TestCourt;
import org.junit.jupiter.api.Test;

/** EU DSS, an independent PAdES validator, on a signed confirmation. */
class PadesBaselineTIT {

    private final TestCourt court = TestCourt.get();

    @Test
    void aSignedConfirmationIsPadesBaselineTAndTotalPassed() throws Exception {
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(
                new InMemoryDocument(court.signedConfirmationZh.pdf(), "confirmation.pdf"));
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(court.pki.rootCa()));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        verifier.setAIASource(null);
        verifier.setOcspSource(null);
        // a court CA publishes CRLs; DSS needs revocation data for the signer and the TSA to pass
        verifier.setCrlSource(new ExternalResourcesCRLSource(new ByteArrayInputStream(emptyCrlOfTheRoot())));
        validator.setCertificateVerifier(verifier);

        Reports reports = validator.validateDocument();
        SimpleReport simple = reports.getSimpleReport();
        String id = simple.getFirstSignatureId();

        assertThat(simple.getSignaturesCount()).isEqualTo(1);
        assertThat(simple.getSignatureFormat(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
        assertThat(simple.getIndication(id)).as(() -> simple.getSubIndication(id) + " "
                + simple.getAdESValidationErrors(id).stream().map(Message::getValue).toList()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(simple.getSignatureTimestamps(id)).hasSize(1);
    }

    /** A CRL of the dev root that revokes nothing, issued now, as the court CA would publish it. */
    private byte[] emptyCrlOfTheRoot() throws Exception {
        KeyStore store = KeyStore.getInstance(TestCourt.PKI_DIR.resolve(DevPki.KEYSTORE_FILE).toFile(), TestCourt.PASSWORD);
        PrivateKey rootKey = (PrivateKey) store.getKey(DevPki.ROOT_ALIAS, TestCourt.PASSWORD);
        X509Certificate root = court.pki.rootCa();
        Instant now = Instant.now();
        X509v2CRLBuilder crl = new X509v2CRLBuilder(X500Name.getInstance(root.getSubjectX500Principal().getEncoded()),
                Date.from(now.minusSeconds(60)));
        crl.setNextUpdate(Date.from(now.plusSeconds(7 * 24 * 3600)));
        crl.addExtension(Extension.authorityKeyIdentifier, false,
                new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(root));
        crl.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.ONE));
        return crl.build(new JcaContentSignerBuilder("SHA256withECDSA").build(rootKey)).getEncoded();
    }
}
