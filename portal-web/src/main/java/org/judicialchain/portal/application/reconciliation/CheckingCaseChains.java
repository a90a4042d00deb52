package org.judicialchain.portal.application.reconciliation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.application.MemoizingLedger;
import org.judicialchain.evidence.application.ProofCheck;
import org.judicialchain.evidence.domain.model.custody.CustodyChainCheck;
import org.judicialchain.evidence.domain.model.custody.CustodyEntry;
import org.judicialchain.evidence.domain.model.custody.CustodyEventType;
import org.judicialchain.evidence.domain.service.Ledger;
import org.judicialchain.portal.application.evidence.AnchorView;
import org.judicialchain.portal.application.evidence.FindingEvidence.EvidenceDetails;
import org.judicialchain.portal.application.evidence.FindingEvidence;
import org.judicialchain.portal.application.evidence.Verdict;
import org.judicialchain.portal.application.evidence.VerifyingEvidence;
import org.judicialchain.portal.domain.anchoring.AnchorOutbox;
import org.judicialchain.portal.domain.chain.LedgerAccess;
import org.judicialchain.portal.domain.evidence.EvidenceRecords;

/**
 * A case's custody log checked twice: the hash links between entries (an edit or deletion breaks
 * them) and each entry against its anchored leaf (a rewritten chain still disagrees with the chain node).
 */
@ApplicationScoped
public class CheckingCaseChains {

    @Inject
    EvidenceRecords repository;
    @Inject
    AnchorOutbox outbox;
    @Inject
    FindingEvidence evidence;
    @Inject
    LedgerAccess gateway;
    @Inject
    VerifyingEvidence verifying;
    @Inject
    CheckingEvidenceIntegrity integrity;

    /** One entry: its link check, its anchor check, and for a submission the evidence it names. */
    public record EntryReport(CustodyChainCheck.EntryCheck link, Optional<AnchorView> anchor, Verdict anchorVerdict,
                              Optional<ProofCheck> proof, Optional<VerifyingEvidence.MatchResult> subject,
                              List<String> problems) {
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    /** {@code evidenceProblems}: the case's evidence rows its custody log cannot vouch for (see {@link CheckingEvidenceIntegrity}). */
    public record CaseChain(String caseRef, List<EntryReport> entries, List<String> evidenceProblems) {
        public boolean intact() {
            return evidenceProblems.isEmpty() && entries.stream().allMatch(EntryReport::intact);
        }
    }

    /** The institutions that submitted evidence to the case (its parties, until cases record them). */
    @Transactional
    public java.util.Set<String> institutionsOf(String caseRef) {
        return repository.submittersOf(caseRef);
    }

    /** The case's custody log checked entry by entry, with the case's evidence rows the log cannot vouch for. */
    @Transactional
    public Optional<CaseChain> chainOf(String caseRef) {
        return custodyOf(caseRef).map(entries -> new CaseChain(caseRef, entries,
                integrity.findingsOf(caseRef, java.time.Instant.now()).stream().map(f -> f.item() + ": " + f.problem()).toList()));
    }

    /**
     * The custody log alone, checked entry by entry (links and anchors). The reconciliation uses this:
     * it checks the evidence rows of every case at once, not case by case.
     */
    @Transactional
    public Optional<List<EntryReport>> custodyOf(String caseRef) {
        if (!repository.caseExists(caseRef)) {
            return Optional.empty();
        }
        Ledger ledger = new MemoizingLedger(gateway.ledger());
        List<CustodyEntry> log = repository.custodyLog(caseRef);
        List<EntryReport> reports = new ArrayList<>(log.size());
        for (CustodyChainCheck.EntryCheck link : CustodyChainCheck.check(log).entries()) {
            reports.add(report(link, ledger));
        }
        return Optional.of(List.copyOf(reports));
    }

    private EntryReport report(CustodyChainCheck.EntryCheck link, Ledger ledger) {
        CustodyEntry entry = link.entry();
        List<String> problems = new ArrayList<>();
        link.problems().forEach(p -> problems.add(describe(p)));

        Optional<AnchorOutbox.LeafState> leaf = outbox.leafOf(entry.id());
        Optional<AnchorView> anchor = leaf.flatMap(l -> l.anchor()
                .map(a -> new AnchorView(l.leafHash(), l.proof(), a)));
        Optional<ProofCheck> proof = anchor.map(a -> ProofCheck.of(entry.toLeaf(), a.proof(), a.root(), ledger));
        Verdict anchorVerdict = leaf.isEmpty() ? Verdict.NOT_FOUND
                : proof.isEmpty() ? Verdict.PENDING
                : proof.get().valid() ? Verdict.VERIFIED : Verdict.MISMATCH;
        if (leaf.isEmpty()) {
            problems.add("the entry has no anchoring record: it was not written by the portal");
        } else if (anchorVerdict == Verdict.MISMATCH) {
            problems.add("the entry as stored does not match the leaf anchored on chain");
        }

        Optional<VerifyingEvidence.MatchResult> subject = Optional.empty();
        if (entry.type() == CustodyEventType.EVIDENCE_SUBMITTED) {
            Optional<EvidenceDetails> item = parseUuid(entry.subjectId()).flatMap(evidence::find);
            if (item.isEmpty()) {
                problems.add("the evidence this entry records is missing");
            } else {
                subject = item.map(i -> verifying.check(i, ledger));
                if (!item.get().record().sha256().equals(entry.subjectDigest())) {
                    problems.add("the evidence digest differs from the one this entry recorded");
                }
                if (subject.get().verdict() == Verdict.MISMATCH) {
                    problems.addAll(subject.get().problems());
                }
            }
        }
        return new EntryReport(link, anchor, anchorVerdict, proof, subject, List.copyOf(problems));
    }

    private static String describe(CustodyChainCheck.Problem p) {
        return switch (p) {
            case HASH_MISMATCH -> "the entry's fields no longer match its hash: it was edited";
            case BROKEN_LINK -> "the entry does not point at the previous entry: an entry was removed, inserted or replaced";
            case SEQUENCE_GAP -> "the sequence skips: an entry is missing";
        };
    }

    private static Optional<UUID> parseUuid(String s) {
        try {
            return Optional.of(UUID.fromString(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
