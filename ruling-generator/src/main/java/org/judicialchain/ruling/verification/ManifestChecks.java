package org.judicialchain.ruling.verification;

import com.itextpdf.kernel.exceptions.MemoryLimitsAwareException;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.judicialchain.evidence.domain.model.merkle.StandardMerkleTree;
import org.judicialchain.ruling.document.DocumentCopy;
import org.judicialchain.ruling.document.ManifestEvidence;
import org.judicialchain.ruling.manifest.DocumentManifest;
import org.judicialchain.ruling.manifest.ManifestFormatException;
import org.judicialchain.ruling.manifest.ManifestJson;
import org.judicialchain.ruling.manifest.ManifestTooLargeException;

/**
 * The manifest a court document carries ({@link DocumentManifest#FILE_NAME}, attached): read within the limits a
 * public verification allows, then each listed item's Merkle proof folded to its root and each root looked up on
 * chain.
 */
final class ManifestChecks {

    private ManifestChecks() {
    }

    static void requireModest(DocumentManifest manifest) throws UnreadableDocumentException {
        int roots = manifest.roots().size();
        if (roots > DocumentVerifier.MAX_MANIFEST_ROOTS) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.TOO_COMPLEX, "the manifest lists "
                    + roots + " batch roots; a document is verified with at most " + DocumentVerifier.MAX_MANIFEST_ROOTS);
        }
    }

    static DocumentManifest read(PdfDocument document, List<CheckResult> results)
            throws UnreadableDocumentException {
        byte[] json;
        try {
            json = manifestBytes(document);
        } catch (MemoryLimitsAwareException e) {
            throw e; // refused as a whole, not reported as one failed check
        } catch (RuntimeException e) {
            results.add(CheckResult.failed(Check.MANIFEST_PRESENT, "the attachments cannot be read: " + e.getMessage()));
            return null;
        }
        if (json == null) {
            results.add(CheckResult.failed(Check.MANIFEST_PRESENT, "no " + DocumentManifest.FILE_NAME + " is attached"));
            return null;
        }
        try {
            DocumentManifest manifest = ManifestJson.read(json, DocumentVerifier.MAX_MANIFEST_EVIDENCE);
            results.add(CheckResult.passed(Check.MANIFEST_PRESENT, DocumentManifest.FILE_NAME + " of document "
                    + manifest.documentId() + " (" + manifest.type() + copyOf(manifest) + ", case " + manifest.caseNumber()
                    + (manifest.caseNumber().equals(manifest.caseReference()) ? "" : ", portal case " + manifest.caseReference())
                    + "), "
                    + manifest.evidence().size() + " evidence items, chain " + manifest.chain().chainId()));
            return manifest;
        } catch (ManifestTooLargeException e) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.TOO_COMPLEX, e.getMessage(), e);
        } catch (ManifestFormatException e) {
            results.add(CheckResult.failed(Check.MANIFEST_PRESENT, e.getMessage()));
            return null;
        }
    }

    /** The manifest's bytes from the catalog's associated files, else from the embedded-files name tree. */
    private static byte[] manifestBytes(PdfDocument document) {
        PdfDictionary catalog = document.getCatalog().getPdfObject();
        PdfArray associated = catalog.getAsArray(PdfName.AF);
        if (associated != null) {
            for (int i = 0; i < associated.size(); i++) {
                byte[] bytes = manifestFrom(associated.getAsDictionary(i));
                if (bytes != null) {
                    return bytes;
                }
            }
        }
        Map<PdfString, PdfObject> embedded = document.getCatalog().getNameTree(PdfName.EmbeddedFiles).getNames();
        for (PdfObject spec : embedded.values()) {
            if (spec instanceof PdfDictionary dictionary) {
                byte[] bytes = manifestFrom(dictionary);
                if (bytes != null) {
                    return bytes;
                }
            }
        }
        return null;
    }

    private static byte[] manifestFrom(PdfDictionary spec) {
        if (spec == null) {
            return null;
        }
        PdfString name = spec.getAsString(PdfName.UF) != null ? spec.getAsString(PdfName.UF) : spec.getAsString(PdfName.F);
        if (name == null || !DocumentManifest.FILE_NAME.equals(name.toUnicodeString())) {
            return null;
        }
        PdfDictionary files = spec.getAsDictionary(PdfName.EF);
        if (files == null) {
            return null;
        }
        PdfStream stream = files.getAsStream(PdfName.UF) != null ? files.getAsStream(PdfName.UF) : files.getAsStream(PdfName.F);
        return stream == null ? null : stream.getBytes();
    }

    static List<CheckResult> checks(DocumentManifest manifest, AnchorChecks anchors) {
        List<CheckResult> results = new ArrayList<>();
        if (manifest.evidence().isEmpty()) {
            results.add(new CheckResult(Check.MANIFEST_PROOF, CheckOutcome.NOT_APPLICABLE, "the manifest lists no evidence"));
            results.add(new CheckResult(Check.MANIFEST_ROOT_ANCHORED, CheckOutcome.NOT_APPLICABLE, "the manifest lists no roots"));
            return results;
        }
        for (ManifestEvidence item : manifest.evidence()) {
            results.add(GuardedCheck.run(Check.MANIFEST_PROOF, () -> proof(item)));
        }
        String where = " on chain " + manifest.chain().chainId() + ", registry " + manifest.chain().registryContract();
        for (String root : manifest.roots()) {
            results.add(GuardedCheck.run(Check.MANIFEST_ROOT_ANCHORED, () -> {
                boolean anchored = anchors.rootAnchored(root);
                return CheckResult.of(Check.MANIFEST_ROOT_ANCHORED, anchored,
                        "root " + root + (anchored ? " is anchored" : " is not anchored") + where);
            }));
        }
        return results;
    }

    private static CheckResult proof(ManifestEvidence item) {
        Bytes32 computed = AnchorLeaf.fromJsonValues(item.leafValues()).hash();
        if (!computed.hex0x().equals(item.leafHash())) {
            return CheckResult.failed(Check.MANIFEST_PROOF, "evidence " + item.evidenceId() + ": leaf hash "
                    + item.leafHash() + " is not the hash of its values (" + computed.hex0x() + ")");
        }
        List<Bytes32> proof = item.proof().stream().map(Bytes32::fromHex).toList();
        boolean folds = StandardMerkleTree.verify(Bytes32.fromHex(item.root()), computed, proof);
        return CheckResult.of(Check.MANIFEST_PROOF, folds, "evidence " + item.evidenceId() + " (sha256 "
                + item.leafValues().get(1) + "): proof of " + proof.size() + " steps "
                + (folds ? "folds to root " : "does not fold to root ") + item.root());
    }

    private static String copyOf(DocumentManifest manifest) {
        return manifest.copy() == null ? "" : manifest.copy() == DocumentCopy.SERVED ? ", the copy served on the parties"
                : ", the public copy with masked names";
    }
}
