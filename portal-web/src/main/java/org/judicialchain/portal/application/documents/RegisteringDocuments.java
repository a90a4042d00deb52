package org.judicialchain.portal.application.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.evidence.EvidenceKind;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.portal.application.evidence.SubmittingEvidence;
import org.judicialchain.portal.application.lifecycle.ChangingCaseState;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.documents.IssuedDocuments.DocumentRow;
import org.judicialchain.portal.domain.documents.IssuedDocuments;
import org.judicialchain.ruling.DocumentType;

/**
 * Records an issued document's two copies in one transaction: each digest as COURT_DOCUMENT evidence of the case
 * (anchored like any evidence), each copy's entry in the register (the public one naming its served copy), and for
 * a judicial confirmation the case's move to CONFIRMED on the served copy's digest.
 */
@ApplicationScoped
public class RegisteringDocuments {

    @Inject
    SubmittingEvidence evidence;
    @Inject
    IssuedDocuments documents;
    @Inject
    LoanCases cases;
    @Inject
    ChangingCaseState transitions;

    /** @return the evidence ids of the served and the public copy, in that order */
    @Transactional
    public List<UUID> record(DocumentIssuing.IssueCommand command, String caseNumber, DocumentIssuing.SignedCopy served,
                             DocumentIssuing.SignedCopy published) {
        UUID servedEvidence = add(command, caseNumber, served, null);
        UUID publicEvidence = add(command, caseNumber, published, served.documentId());
        if (command.type() == DocumentType.JUDICIAL_CONFIRMATION) {
            transitions.move(cases.locked(command.caseRef()).orElseThrow(), CaseState.CONFIRMED, served.digests().sha256(),
                    ChangingCaseState.Authority.court(command.courtId()), command.judge(), served.signedAt());
        }
        return List.of(servedEvidence, publicEvidence);
    }

    private UUID add(DocumentIssuing.IssueCommand command, String caseNumber, DocumentIssuing.SignedCopy copy, UUID servedCopy) {
        Instant signedAt = copy.signedAt();
        EvidenceRecord record = evidence.record(EvidenceRecord.submit(command.caseRef(), EvidenceKind.COURT_DOCUMENT,
                copy.digests().sha256(), Optional.of(copy.digests().sm3()), Optional.of(copy.digests().size()), signedAt,
                Instant.now(), command.courtId(), Optional.of(command.type() + " " + copy.copy() + " " + copy.documentId())));
        documents.add(new DocumentRow(copy.documentId(), command.caseRef(), command.type().name(), command.language().tag(),
                record.id(), copy.digests().sha256(), copy.code(), copy.pages(), command.judge(), signedAt, copy.copy().name(),
                caseNumber, servedCopy), copy.sealedPdf());
        return record.id();
    }
}
