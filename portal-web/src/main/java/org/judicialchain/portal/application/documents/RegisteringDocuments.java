package org.judicialchain.portal.application.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.digest.ContentDigests;
import org.judicialchain.evidence.domain.model.evidence.EvidenceKind;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.portal.application.evidence.SubmittingEvidence;
import org.judicialchain.portal.application.lifecycle.ChangingCaseState;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.documents.IssuedDocuments.DocumentRow;
import org.judicialchain.portal.domain.documents.IssuedDocuments;
import org.judicialchain.ruling.DocumentType;

/**
 * Records an issued document in one transaction: its digest as COURT_DOCUMENT evidence of the case
 * (anchored like any evidence), its entry in the register, and for a judicial confirmation the
 * case's move to CONFIRMED.
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

    @Transactional
    public UUID record(DocumentIssuing.IssueCommand command, UUID documentId, ContentDigests digests, String code, int pages,
                       Instant signedAt) {
        EvidenceRecord record = evidence.record(EvidenceRecord.submit(command.caseRef(), EvidenceKind.COURT_DOCUMENT,
                digests.sha256(), Optional.of(digests.sm3()), Optional.of(digests.size()), signedAt, Instant.now(),
                command.courtId(), Optional.of(command.type() + " " + documentId)));
        documents.add(new DocumentRow(documentId, command.caseRef(), command.type().name(), command.language().tag(),
                record.id(), digests.sha256(), code, pages, command.judgeName(), signedAt));
        if (command.type() == DocumentType.JUDICIAL_CONFIRMATION) {
            transitions.move(cases.locked(command.caseRef()).orElseThrow(), CaseState.CONFIRMED, digests.sha256(),
                    ChangingCaseState.Authority.court(command.courtId()), command.judgeName(), signedAt);
        }
        return record.id();
    }
}
