package org.judicialchain.portal.interfaces.rest.evidence;

import java.util.List;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.portal.application.evidence.AnchorView;
import org.judicialchain.portal.application.evidence.FindingEvidence.EvidenceDetails;

/** Builds the evidence API's transfer objects from application results. */
public final class EvidenceAssembler {

    private EvidenceAssembler() {
    }

    public static EvidenceDtos.Accepted accepted(EvidenceRecord r) {
        return new EvidenceDtos.Accepted(r.id().toString(), r.sha256().hex(), r.sm3().map(Bytes32::hex).orElse(null), "PENDING");
    }

    /** @param showNote whether the reader may see the submitter's internal note (Guard.mayReadNote) */
    public static EvidenceDtos.EvidenceView view(EvidenceDetails d, boolean showNote) {
        EvidenceRecord r = d.record();
        return new EvidenceDtos.EvidenceView(r.id().toString(), r.caseRef(), r.kind().name(), d.status().name(),
                r.sha256().hex(), r.sm3().map(Bytes32::hex).orElse(null), r.size().orElse(null), r.capturedAt(),
                r.submittedAt(), r.submitter(), showNote ? r.note().orElse(null) : null, d.anchor().map(EvidenceAssembler::anchor).orElse(null),
                d.capture().method().orElse(null), d.capture().device().orElse(null));
    }

    public static EvidenceDtos.AnchorDto anchor(AnchorView a) {
        return new EvidenceDtos.AnchorDto(a.leafHash().hex0x(), hexes(a.proof()), a.root().hex0x(), a.batch().batchId().hex0x(),
                a.batch().chainId(), a.batch().contract(), a.batch().submitterAccount(),
                a.transactionHash().orElse(null), a.batch().blockNumber(), a.blockTime());
    }

    public static ReceiptDto receipt(EvidenceDetails d, AnchorView a) {
        AnchorLeaf leaf = d.record().toLeaf();
        return new ReceiptDto(ReceiptDto.FORMAT, d.record().id().toString(),
                new ReceiptDto.Leaf(AnchorLeaf.ENCODING, AnchorLeaf.NAMES, leaf.jsonValues()),
                a.leafHash().hex0x(), hexes(a.proof()), a.root().hex0x(), a.batch().batchId().hex0x(),
                new ReceiptDto.Chain(a.batch().chainId(), a.batch().contract(), a.transactionHash().orElse(null),
                        a.batch().blockNumber(), a.blockTime(), a.batch().submitterAccount()),
                ReceiptDto.HOW_TO_VERIFY);
    }

    static List<String> hexes(List<Bytes32> values) {
        return values.stream().map(Bytes32::hex0x).toList();
    }
}
