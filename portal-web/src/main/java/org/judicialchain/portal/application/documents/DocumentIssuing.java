package org.judicialchain.portal.application.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
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
import org.judicialchain.evidence.domain.model.digest.StreamingDigester;
import org.judicialchain.evidence.domain.service.EvidenceStore;
import org.judicialchain.evidence.domain.service.Ledger;
import org.judicialchain.portal.application.cases.FindingCases;
import org.judicialchain.portal.application.evidence.FindingEvidence.EvidenceDetails;
import org.judicialchain.portal.application.evidence.FindingEvidence;
import org.judicialchain.portal.application.evidence.VerifyingEvidence;
import org.judicialchain.portal.config.CaseNumberPatterns;
import org.judicialchain.portal.config.PortalConfig;
import org.judicialchain.portal.domain.cases.CaseConflictException;
import org.judicialchain.portal.domain.chain.LedgerAccess;
import org.judicialchain.portal.domain.documents.IssuedDocuments;
import org.judicialchain.portal.domain.privacy.PersonalDataVault;
import org.judicialchain.ruling.DocumentType;
import org.judicialchain.ruling.document.AnchorStatusAtIssue;
import org.judicialchain.ruling.document.AppendixItem;
import org.judicialchain.ruling.document.ChainAnchor;
import org.judicialchain.ruling.document.ChainReference;
import org.judicialchain.ruling.document.DocumentCopy;
import org.judicialchain.ruling.document.Grounds;
import org.judicialchain.ruling.document.Language;
import org.judicialchain.ruling.document.ManifestEvidence;
import org.judicialchain.ruling.document.Officer;
import org.judicialchain.ruling.document.Party;
import org.judicialchain.ruling.document.PartyRole;
import org.judicialchain.ruling.document.RulingRequest;
import org.judicialchain.ruling.document.VerificationCode;
import org.judicialchain.ruling.pdf.UnsignedDocument;
import org.judicialchain.ruling.signing.SignedDocument;

/**
 * Issues a signed court document on a case, in two copies: the one served on the parties names the debtor in full
 * with the ID number (decrypted here, at issue time, and nowhere else), the public one masks the name. Both carry
 * the court's case number, drawn from the court's sequence, and say which copy they are. Every evidence item of
 * the case is checked against the chain and listed with what the check found; the anchored ones go into the
 * embedded manifest with their proofs. Each signed PDF is kept in the content store and its digest anchored.
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
    IssuedDocuments issued;
    @Inject
    CaseNumberPatterns numbers;
    @Inject
    PersonalDataVault vault;
    @Inject
    PortalConfig config;

    /**
     * What the judge writes; the rest comes from the case.
     *
     * @param judge the signed-in officer's account, as the custody log names actors
     * @param officer the officer as the document prints them (full name and title)
     */
    public record IssueCommand(String caseRef, DocumentType type, Language language, String facts, Grounds grounds,
                               String decision, String judge, Officer officer, String courtId) {
    }

    /** One signed copy: @param verificationCode as printed on it (ABCDE-FGHIJ) */
    public record IssuedCopy(UUID documentId, UUID evidenceId, Bytes32 sha256, String verificationCode, int pages) {
    }

    /** The served copy (what the parties receive; its fields are the document's) and the public copy. */
    public record IssuedDocument(IssuedCopy served, IssuedCopy publicCopy, String caseNumber) {

        public UUID documentId() {
            return served.documentId();
        }

        public Bytes32 sha256() {
            return served.sha256();
        }

        public String verificationCode() {
            return served.verificationCode();
        }
    }

    /** A signed copy kept in the content store, not registered yet. */
    /** @param sealedPdf the served copy sealed under the case's data key; null for a copy kept in the content store */
    record SignedCopy(UUID documentId, DocumentCopy copy, ContentDigests digests, String code, int pages, Instant signedAt,
                      byte[] sealedPdf) {
    }

    /**
     * The served copy as it would be issued, unsigned, unnumbered and not registered: a draft for the judge to
     * read before signing (a confirmation is never issued without a judge).
     */
    public byte[] preview(IssueCommand command) {
        String unnumbered = command.language() == Language.ZH_CN ? "（草稿，签发时编号）" : "(draft: numbered when issued)";
        return documents.generator().generate(contentsOf(command).request(command, UUID.randomUUID(), DocumentCopy.SERVED,
                unnumbered)).pdf();
    }

    public IssuedDocument issue(IssueCommand command) {
        Contents contents = contentsOf(command);
        String caseNumber = nextCaseNumber(contents.view().row().court(), command.type());
        byte[] dataKey = contents.view().row().wrappedDataKey(); // null once the debtor's data is erased: nothing to seal
        SignedCopy served = signAndKeep(contents.request(command, UUID.randomUUID(), DocumentCopy.SERVED, caseNumber), dataKey);
        SignedCopy published = signAndKeep(contents.request(command, UUID.randomUUID(), DocumentCopy.PUBLIC, caseNumber), null);
        List<UUID> evidenceIds = register.record(command, caseNumber, served, published);
        return new IssuedDocument(copy(served, evidenceIds.get(0)), copy(published, evidenceIds.get(1)), caseNumber);
    }

    /** Drawn before signing (the number is printed): a signing that fails afterwards leaves a gap, never a repeat. */
    private String nextCaseNumber(String court, DocumentType type) {
        int year = LocalDate.now(ZoneId.of(config.courtZone())).getYear();
        return numbers.of(court, type).format(year, issued.nextCaseNumber(court, year, type.name()));
    }

    /** Signs the copy and keeps it: sealed under the case's data key when one is given, else in the content store. */
    private SignedCopy signAndKeep(RulingRequest request, byte[] wrappedDataKey) {
        UnsignedDocument unsigned = documents.generator().generate(request);
        SignedDocument signed = documents.signer().sign(unsigned);
        try {
            byte[] sealed = null;
            ContentDigests digests;
            if (wrappedDataKey != null) {
                digests = StreamingDigester.unlimited().digest(new ByteArrayInputStream(signed.pdf()));
                sealed = vault.sealBytes(vault.unwrap(wrappedDataKey), signed.pdf(), request.caseReference());
            } else {
                digests = store.store(new ByteArrayInputStream(signed.pdf()));
            }
            return new SignedCopy(request.documentId(), request.copy(), digests, unsigned.verificationCode().value(),
                    unsigned.pageCount(), signed.signedAt(), sealed);
        } catch (IOException e) {
            throw new UncheckedIOException("storing the signed document failed", e);
        }
    }

    private static IssuedCopy copy(SignedCopy c, UUID evidenceId) {
        return new IssuedCopy(c.documentId(), evidenceId, c.digests().sha256(),
                VerificationCode.of(c.documentId()).display(), c.pages());
    }

    /** What both copies say, read and checked once. */
    private record Contents(FindingCases.CaseView view, List<AppendixItem> appendix, List<ManifestEvidence> manifest,
                            ChainReference chain, String courtName, LocalDate issueDate, URI verificationBase) {

        RulingRequest request(IssueCommand command, UUID documentId, DocumentCopy copy, String caseNumber) {
            List<Party> parties = new ArrayList<>();
            view.debtor().ifPresent(d -> parties.add(copy == DocumentCopy.SERVED
                    ? new Party(d.name(), PartyRole.DEBTOR, d.idNumber())
                    : new Party(d.masked().name(), PartyRole.DEBTOR)));
            parties.add(new Party(view.row().creditor(), PartyRole.CREDITOR));
            view.facts().agenciesAuthorisedAt(Instant.now()).forEach(a -> parties.add(new Party(a, PartyRole.COLLECTION_AGENCY)));
            return new RulingRequest(documentId, command.type(), command.language(), copy, courtName, caseNumber,
                    command.caseRef(), parties, command.facts(), command.grounds(), command.decision(), issueDate,
                    command.officer(), appendix, chain, manifest, verificationBase);
        }
    }

    private Contents contentsOf(IssueCommand command) {
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
        return new Contents(view, appendix, manifest, new ChainReference(gateway.chainId(), ledger.registryAddress()),
                config.courtName(), LocalDate.now(ZoneId.of(config.courtZone())), documents.verificationUrlBase());
    }
}
