package org.judicialchain.ruling.signing;

import com.itextpdf.signatures.ITSAClient;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Date;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.judicialchain.ruling.pki.SigningCredentials;

/**
 * An RFC 3161 timestamp authority inside the portal: BouncyCastle's token and response
 * generators, SHA-256 imprints, ESSCertIDv2, the TSA certificate chain in the token.
 * The request/response round trip is kept (rather than building a token directly) so that the
 * token is exactly what a TSA over HTTP would return and is checked like one.
 */
final class InProcessTsaClient implements ITSAClient {

    /** A policy identifier for tokens of this development TSA (a private arc, not registered). */
    static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.55555.1.1");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SigningCredentials credentials;

    InProcessTsaClient(SigningCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public int getTokenSizeEstimate() {
        return 4096;
    }

    @Override
    public MessageDigest getMessageDigest() throws GeneralSecurityException {
        return MessageDigest.getInstance("SHA-256");
    }

    @Override
    public byte[] getTimeStampToken(byte[] imprint) throws Exception {
        TimeStampRequestGenerator requestGenerator = new TimeStampRequestGenerator();
        requestGenerator.setCertReq(true);
        TimeStampRequest request = requestGenerator.generate(NISTObjectIdentifiers.id_sha256, imprint,
                new BigInteger(63, RANDOM));

        TimeStampTokenGenerator tokenGenerator = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withECDSA", credentials.privateKey(),
                        credentials.certificate()),
                new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                POLICY);
        tokenGenerator.setAccuracySeconds(1);
        tokenGenerator.addCertificates(new JcaCertStore(credentials.chain()));

        TimeStampResponse response = new TimeStampResponseGenerator(tokenGenerator, TSPAlgorithms.ALLOWED)
                .generate(request, new BigInteger(63, RANDOM), new Date());
        response.validate(request);
        return response.getTimeStampToken().getEncoded();
    }
}
