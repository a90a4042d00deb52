package org.judicialchain.ruling.testing;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.judicialchain.ruling.document.RulingRequest;
import org.judicialchain.ruling.pdf.CjkFonts;
import org.judicialchain.ruling.pdf.DocumentGenerator;
import org.judicialchain.ruling.pdf.UnsignedDocument;
import org.judicialchain.ruling.pki.DevCourtPki;
import org.judicialchain.ruling.pki.DevPki;
import org.judicialchain.ruling.signing.DocumentSigner;
import org.judicialchain.ruling.signing.SignedDocument;
import org.judicialchain.ruling.signing.TimestampAuthority;
import org.judicialchain.ruling.template.DocumentTemplates;
import org.judicialchain.ruling.template.TemplateSource;
import org.judicialchain.ruling.verification.AnchorChecks;
import org.judicialchain.ruling.verification.DocumentVerifier;

/**
 * One court for the whole test JVM: fonts parsed once, a dev PKI under target/, and the sample
 * Chinese confirmation generated and signed once, because each of those costs seconds.
 */
public final class TestCourt {

    public static final Path PKI_DIR = Path.of("target", "test-pki");
    public static final char[] PASSWORD = "test-only-password".toCharArray();

    private static TestCourt instance;

    public final CjkFonts fonts;
    public final DevCourtPki pki;
    public final DocumentGenerator generator;
    public final DocumentSigner signer;
    public final DocumentVerifier verifier;
    public final SampleRequests.Batch batch;
    public final RulingRequest confirmationZh;
    public final UnsignedDocument unsignedConfirmationZh;
    public final SignedDocument signedConfirmationZh;

    private TestCourt() {
        fonts = CjkFonts.bundled();
        pki = DevPki.createOrLoad(PKI_DIR, PASSWORD, "北京市朝阳区人民法院 Beijing Chaoyang Court");
        generator = new DocumentGenerator(fonts, new DocumentTemplates(TemplateSource.builtIn()));
        signer = new DocumentSigner(pki.courtSigning(), new TimestampAuthority.InProcess(pki.timestamping()), fonts,
                ZoneId.of("Asia/Shanghai"), "司法确认 Judicial confirmation");
        verifier = new DocumentVerifier(List.of(pki.rootCa()));
        batch = SampleRequests.batch(12, 42);
        confirmationZh = SampleRequests.confirmationZh(batch);
        unsignedConfirmationZh = generator.generate(confirmationZh);
        signedConfirmationZh = signer.sign(unsignedConfirmationZh);
    }

    public static synchronized TestCourt get() {
        if (instance == null) {
            instance = new TestCourt();
        }
        return instance;
    }

    /** A chain that has anchored the sample batch's root and the given document digests. */
    public AnchorChecks chainWith(String... documentDigests) {
        Set<String> digests = Set.of(documentDigests);
        return new AnchorChecks() {
            @Override
            public boolean rootAnchored(String rootHex) {
                return rootHex.equals(batch.root());
            }

            @Override
            public boolean digestAnchored(String sha256Hex) {
                return digests.contains(sha256Hex);
            }
        };
    }
}
