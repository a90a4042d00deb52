package org.judicialchain.portal.application.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.judicialchain.evidence.application.MemoizingLedger;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.service.Ledger;
import org.judicialchain.portal.application.evidence.Verdict;
import org.judicialchain.portal.application.evidence.VerifyingEvidence;
import org.judicialchain.portal.domain.chain.LedgerAccess;
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

    public VerificationReport verify(byte[] pdf) throws UnreadableDocumentException {
        Ledger ledger = new MemoizingLedger(gateway.ledger());
        return documents.verifier().verify(pdf, new AnchorChecks() {
            @Override
            public boolean rootAnchored(String rootHex) {
                return ledger.findRoot(Bytes32.fromHex(rootHex)).isPresent();
            }

            @Override
            public boolean digestAnchored(String sha256Hex) {
                return verification.verifyDigest(Bytes32.fromHex(sha256Hex), Optional.empty()).verdict() == Verdict.VERIFIED;
            }
        });
    }
}
