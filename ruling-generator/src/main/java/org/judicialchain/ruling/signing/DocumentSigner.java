package org.judicialchain.ruling.signing;

import com.itextpdf.forms.form.element.SignatureFieldAppearance;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.kernel.crypto.DigestAlgorithms;
import com.itextpdf.signatures.ITSAClient;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.PrivateKeySignature;
import com.itextpdf.signatures.SignerProperties;
import com.itextpdf.signatures.TSAClientBouncyCastle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.judicialchain.ruling.pdf.CjkFonts;
import org.judicialchain.ruling.pdf.SignatureSlot;
import org.judicialchain.ruling.pdf.UnsignedDocument;
import org.judicialchain.ruling.pki.SigningCredentials;

/**
 * Signs a generated document PAdES-BASELINE-T: SHA-256 (PdfPadesSigner defaults to SHA-512),
 * the court's key and chain, an RFC 3161 timestamp, and a visible signature block where the
 * template put its signature slot, written in the embedded CJK font (PDF/A forbids others).
 * Thread-safe.
 */
public final class DocumentSigner {

    static final String FIELD_NAME = "CourtSignature";
    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private final SigningCredentials court;
    private final TimestampAuthority timestampAuthority;
    private final CjkFonts fonts;
    private final ZoneId shownZone;
    private final String reason;

    /**
     * @param shownZone the zone of the signing time printed in the signature block
     * @param reason    the signature's /Reason, e.g. "司法确认 / Judicial confirmation"
     */
    public DocumentSigner(SigningCredentials court, TimestampAuthority timestampAuthority, CjkFonts fonts,
                          ZoneId shownZone, String reason) {
        this.court = Objects.requireNonNull(court, "court signing credentials");
        this.timestampAuthority = Objects.requireNonNull(timestampAuthority, "timestamp authority");
        this.fonts = Objects.requireNonNull(fonts, "fonts");
        this.shownZone = Objects.requireNonNull(shownZone, "zone");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public SignedDocument sign(UnsignedDocument document) {
        return sign(document.documentId(), document.pdf(), document.signatureSlot());
    }

    public SignedDocument sign(UUID documentId, byte[] pdf, SignatureSlot slot) {
        Instant now = Instant.now();
        Calendar signDate = GregorianCalendar.from(ZonedDateTime.ofInstant(now, shownZone));
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32 * 1024);
        try {
            PdfPadesSigner signer = new PdfPadesSigner(new PdfReader(new ByteArrayInputStream(pdf)), out)
                    .setStampingProperties(new StampingProperties().useAppendMode());
            SignerProperties properties = new SignerProperties()
                    .setFieldName(FIELD_NAME)
                    .setPageNumber(slot.page())
                    .setPageRect(new Rectangle(slot.x(), slot.y(), slot.width(), slot.height()))
                    .setReason(reason)
                    .setClaimedSignDate(signDate)
                    .setSignatureAppearance(appearance(now));
            Certificate[] chain = court.chain().toArray(Certificate[]::new);
            signer.signWithBaselineTProfile(properties, chain,
                    new PrivateKeySignature(court.privateKey(), DigestAlgorithms.SHA256, null), tsaClient());
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new SigningException("could not sign document " + documentId + ": " + e.getMessage(), e);
        }
        byte[] signed = out.toByteArray();
        return new SignedDocument(documentId, signed, sha256Hex(signed), now);
    }

    private SignatureFieldAppearance appearance(Instant when) {
        String text = "电子签名 Digitally signed by\n" + commonName() + "\n"
                + "时间 Time: " + SHOWN_TIME.format(when.atZone(shownZone)) + "\n"
                + "PAdES-BASELINE-T · RFC 3161";
        SignatureFieldAppearance appearance = new SignatureFieldAppearance(SignerProperties.IGNORED_ID)
                .setContent(text);
        appearance.setFont(fonts.newRegularFont());
        appearance.setFontSize(7.5f);
        appearance.setFontColor(new DeviceRgb(0x8b, 0x00, 0x00));
        appearance.setBorder(new SolidBorder(new DeviceRgb(0x8b, 0x00, 0x00), 1));
        return appearance;
    }

    private String commonName() {
        String subject = court.certificate().getSubjectX500Principal().getName();
        try {
            for (Rdn rdn : new LdapName(subject).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return rdn.getValue().toString();
                }
            }
        } catch (InvalidNameException e) {
            // fall through to the whole subject
        }
        return subject;
    }

    private ITSAClient tsaClient() {
        return switch (timestampAuthority) {
            case TimestampAuthority.InProcess inProcess -> new InProcessTsaClient(inProcess.credentials());
            case TimestampAuthority.Remote remote -> new TSAClientBouncyCastle(remote.url().toString(),
                    remote.username(), remote.password(), 8192, DigestAlgorithms.SHA256);
        };
    }

    static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
