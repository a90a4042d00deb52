package org.judicialchain.portal.application.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.judicialchain.evidence.application.MemoizingLedger;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.digest.ContentDigests;
import org.judicialchain.evidence.domain.service.EvidenceStore;
import org.judicialchain.evidence.domain.service.Ledger;
import org.judicialchain.portal.application.cases.FindingCases;
import org.judicialchain.portal.application.evidence.FindingEvidence.EvidenceDetails;
import org.judicialchain.portal.application.evidence.FindingEvidence;
import org.judicialchain.portal.application.evidence.VerifyingEvidence;
import org.judicialchain.portal.config.PortalConfig;
import org.judicialchain.portal.domain.cases.CaseConflictException;
import org.judicialchain.portal.domain.chain.LedgerAccess;
import org.judicialchain.ruling.DocumentType;
import org.judicialchain.ruling.document.AnchorStatusAtIssue;
import org.judicialchain.ruling.document.AppendixItem;
import org.judicialchain.ruling.document.ChainAnchor;
import org.judicialchain.ruling.document.ChainReference;
import org.judicialchain.ruling.document.Grounds;
import org.judicialchain.ruling.document.Language;
import org.judicialchain.ruling.document.ManifestEvidence;
import org.judicialchain.ruling.document.Party;
import org.judicialchain.ruling.document.PartyRole;
import org.judicialchain.ruling.document.RulingRequest;
import org.judicialchain.ruling.pdf.UnsignedDocument;
import org.judicialchain.ruling.signing.SignedDocument;

/**
 * Issues a signed court document on a case: every evidence item of the case is checked against
 * the chain and listed with what the check found; the anchored ones go into the embedded manifest
 * with their proofs. The signed PDF is kept in the content store and its own digest anchored.
 */
@ApplicationScoped
public class DocumentIssuing {

    @Inject
    FindingCases book;
    @Inject
    FindingEvidence evidence;
    @Inject
    LedgerAccess gateway;
    @Inject
    VerifyingEvidence verifying;
    @Inject
    CourtDocumentKit documents;
    @Inject
    EvidenceStore store;
    @Inject
    RegisteringDocuments register;
    @Inject
    PortalConfig config;

    /** What the judge writes; the rest comes from the case. */
    public record IssueCommand(String caseRef, DocumentType type, Language language, String facts, Grounds grounds,
                               String decision, String judgeName, String courtId) {
    }

    /** @param verificationCode as printed on the document (ABCDE-FGHIJ) */
    public record IssuedDocument(UUID documentId, UUID evidenceId, Bytes32 sha256, String verificationCode, int pages) {
    }

    /**
     * The document as it would be issued, unsigned and not registered: a draft for the judge to read
     * before signing (a confirmation is never issued without a judge).
     */
    public byte[] preview(IssueCommand command) {
        return documents.generator().generate(request(command, UUID.randomUUID())).pdf();
    }

    private RulingRequest request(IssueCommand command, UUID documentId) {
        FindingCases.CaseView view = book.find(command.caseRef()).orElseThrow();
        if (command.type() == DocumentType.JUDICIAL_CONFIRMATION && view.row().state() != CaseState.SETTLED) {
            throw new CaseConflictException("a judicial confirmation needs a SETTLED case; case " + command.caseRef()
                    + " is " + view.row().state());
        }
        Ledger ledger = new MemoizingLedger(gateway.ledger());
        List<AppendixItem> appendix = new ArrayList<>();
        List<ManifestEvidence> manifest = new ArrayList<>();
        for (EvidenceDetails item : evidence.ofCase(command.caseRef())) {
            VerifyingEvidence.MatchResult check = verifying.check(item, ledger);
            AnchorStatusAtIssue status = switch (check.verdict()) {
                case VERIFIED -> AnchorStatusAtIssue.VERIFIED;
                case PENDING -> AnchorStatusAtIssue.PENDING;
                default -> AnchorStatusAtIssue.FAILED;
            };
            ChainAnchor anchor = item.anchor().map(a -> new ChainAnchor(a.batch().blockNumber(), a.blockTime(),
                    a.transactionHash().orElse(null))).orElse(null);
            appendix.add(new AppendixItem(item.record().id(), item.record().kind(), item.record().sha256().hex(),
                    status == AnchorStatusAtIssue.PENDING ? null : anchor, status));
            item.anchor().filter(a -> status == AnchorStatusAtIssue.VERIFIED).ifPresent(a -> manifest.add(
                    new ManifestEvidence(item.record().id(), item.record().toLeaf().jsonValues(), a.leafHash().hex0x(),
                            a.proof().stream().map(Bytes32::hex0x).toList(), a.root().hex0x())));
        }
        List<Party> parties = new ArrayList<>();
        view.debtor().ifPresent(d -> parties.add(new Party(d.masked().name(), PartyRole.DEBTOR)));
        parties.add(new Party(view.row().creditor(), PartyRole.CREDITOR));
        view.facts().agenciesAuthorisedAt(Instant.now()).forEach(a -> parties.add(new Party(a, PartyRole.COLLECTION_AGENCY)));

        RulingRequest request = new RulingRequest(documentId, command.type(), command.language(), config.courtName(),
                command.caseRef(), parties, command.facts(), command.grounds(), command.decision(),
                LocalDate.now(ZoneId.of(config.courtZone())), command.judgeName(), appendix,
                new ChainReference(gateway.chainId(), ledger.registryAddress()), manifest, documents.verificationUrlBase());
        return request;
    }

    public IssuedDocument issue(IssueCommand command) {
        UUID documentId = UUID.randomUUID();
        RulingRequest request = request(command, documentId);
        UnsignedDocument unsigned = documents.generator().generate(request);
        SignedDocument signed = documents.signer().sign(unsigned);
        ContentDigests digests;
        try {
            digests = store.store(new ByteArrayInputStream(signed.pdf()));
        } catch (IOException e) {
            throw new UncheckedIOException("storing the signed document failed", e);
        }
        UUID evidenceId = register.record(command, documentId, digests, unsigned.verificationCode().value(),
                unsigned.pageCount(), signed.signedAt());
        return new IssuedDocument(documentId, evidenceId, digests.sha256(), unsigned.verificationCode().display(),
                unsigned.pageCount());
    }
}
