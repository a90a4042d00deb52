package org.judicialchain.portal.infrastructure.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.ZoneId;
import java.util.List;
import org.judicialchain.portal.application.documents.CourtDocumentKit;
import org.judicialchain.portal.config.PortalConfig;
import org.judicialchain.ruling.pdf.CjkFonts;
import org.judicialchain.ruling.pdf.DocumentGenerator;
import org.judicialchain.ruling.pki.DevCourtPki;
import org.judicialchain.ruling.pki.DevPki;
import org.judicialchain.ruling.pki.Keystores;
import org.judicialchain.ruling.pki.SigningCredentials;
import org.judicialchain.ruling.pki.TrustAnchors;
import org.judicialchain.ruling.signing.DocumentSigner;
import org.judicialchain.ruling.signing.TimestampAuthority;
import org.judicialchain.ruling.template.DocumentTemplates;
import org.judicialchain.ruling.template.TemplateSource;
import org.judicialchain.ruling.verification.DocumentVerifier;
import org.judicialchain.ruling.verification.RevocationCheck;

/**
 * The court's document machinery, set up once: fonts, templates (a court's own directory wins
 * over the built-in ones), the signing key and the timestamp authority, and the trust anchors
 * verification checks signers against. Production names a keystore, its password and a TSA URL;
 * a local run creates a dev court CA, signing and TSA certificates under the data folder.
 */
@ApplicationScoped
public class CourtDocuments implements CourtDocumentKit {

    @Inject
    PortalConfig config;

    private volatile Setup setup;

    private record Setup(DocumentGenerator generator, DocumentSigner signer, DocumentVerifier verifier) {
    }

    @Override
    public DocumentGenerator generator() {
        return setup().generator();
    }

    @Override
    public DocumentSigner signer() {
        return setup().signer();
    }

    @Override
    public DocumentVerifier verifier() {
        return setup().verifier();
    }

    @Override
    public URI verificationUrlBase() {
        return URI.create(config.publicUrl() + "/verify");
    }

    private Setup setup() {
        if (setup == null) {
            synchronized (this) {
                if (setup == null) {
                    setup = create();
                }
            }
        }
        return setup;
    }

    private Setup create() {
        CjkFonts fonts = CjkFonts.bundled();
        DocumentTemplates templates = new DocumentTemplates(TemplateSource.withOverrides(config.templateDir().orElse(null)));
        char[] password = config.keystorePassword().toCharArray();
        SigningCredentials court;
        TimestampAuthority tsa;
        List<X509Certificate> anchors;
        RevocationCheck revocation;
        if (config.keystore().isPresent()) {
            court = Keystores.load(config.keystore().get(), password, null);
            anchors = TrustAnchors.read(config.trustAnchors().orElseThrow(() ->
                    new IllegalStateException("portal.documents.trust-anchors must name the court CA (PEM) when a keystore is set")));
            tsa = config.tsaUrl().<TimestampAuthority>map(u -> new TimestampAuthority.Remote(URI.create(u), null, null))
                    .orElseThrow(() -> new IllegalStateException("portal.documents.tsa-url is required with a production keystore"));
            List<Path> crls = config.crlFiles();
            if (config.checksRevocation() && crls.isEmpty()) {
                throw new IllegalStateException("portal.documents.crl-files must name the court CA's CRL (or set"
                        + " portal.documents.revocation=none)");
            }
            revocation = config.checksRevocation() ? RevocationCheck.crls(() -> crls.stream().map(CourtDocuments::crl).toList())
                    : RevocationCheck.none();
        } else {
            Path dir = config.dataDir().resolve("pki");
            DevCourtPki dev = DevPki.createOrLoad(dir, password, config.courtName());
            court = dev.courtSigning();
            tsa = new TimestampAuthority.InProcess(dev.timestamping());
            anchors = List.of(dev.rootCa());
            // the dev PKI publishes its root's CRL under pki/ and re-issues it before it goes stale
            revocation = config.checksRevocation() ? RevocationCheck.crls(() -> List.of(DevPki.currentCrl(dir, password)))
                    : RevocationCheck.none();
        }
        DocumentSigner signer = new DocumentSigner(court, tsa, fonts, ZoneId.of(config.courtZone()), config.signingReason());
        return new Setup(new DocumentGenerator(fonts, templates), signer, new DocumentVerifier(anchors, revocation));
    }

    private static java.security.cert.X509CRL crl(Path file) {
        try {
            return TrustAnchors.readCrl(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the CRL " + file, e);
        }
    }
}
