package org.judicialchain.portal.application.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.judicialchain.evidence.application.MemoizingLedger;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.EvidenceKind;
import org.judicialchain.evidence.domain.service.Ledger;
import org.judicialchain.portal.application.evidence.Verdict;
import org.judicialchain.portal.application.evidence.VerifyingEvidence;
import org.judicialchain.portal.domain.chain.LedgerAccess;
import org.judicialchain.portal.domain.documents.IssuedDocuments;
import org.judicialchain.ruling.verification.AnchorChecks;
import org.judicialchain.ruling.verification.UnreadableDocumentException;
import org.judicialchain.ruling.verification.VerificationReport;

/** Verifies a signed court document: its signature and timestamp, and its manifest and own digest against the chain. */
@ApplicationScoped
public class VerifyingDocuments {

    @Inject
    CourtDocumentKit documents;
    @Inject
    LedgerAccess gateway;
    @Inject
    VerifyingEvidence verification;
    @Inject
    IssuedDocuments issued;

    public VerificationReport verify(java.nio.file.Path pdf) throws UnreadableDocumentException, java.io.IOException {
        Ledger ledger = new MemoizingLedger(gateway.ledger());
        return documents.verifier().verify(pdf, new AnchorChecks() {
            @Override
            public boolean rootAnchored(String rootHex) {
                return ledger.findRoot(Bytes32.fromHex(rootHex)).isPresent();
            }

            /**
             * Anchored as a document the court issued: by the item its register names, which verifies on the chain. Any
             * other item with that digest proves only that someone filed the file (security review, item 6).
             */
            @Override
            public boolean digestAnchored(String sha256Hex) {
                Bytes32 sha256 = Bytes32.fromHex(sha256Hex);
                Set<UUID> registered = issued.evidenceOfDigest(sha256);
                return !registered.isEmpty() && verification.verifyDigest(sha256, Optional.empty()).matches().stream()
                        .anyMatch(m -> registered.contains(m.evidence().record().id())
                                && m.evidence().record().kind() == EvidenceKind.COURT_DOCUMENT
                                && m.verdict() == Verdict.VERIFIED);
            }
        });
    }
}
