package org.judicialchain.portal.application.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.directory.InstitutionTags;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.judicialchain.evidence.domain.service.LifecycleLedger;
import org.judicialchain.evidence.domain.service.LifecycleLedger.TitleEvent;
import org.judicialchain.portal.domain.cases.CaseRow;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.chain.LifecycleAccess;
import org.judicialchain.portal.application.directory.NamingInstitutions;

/**
 * A case's chain of title as the lifecycle contract holds it: who the debt was opened for, every assignment with its
 * agreement's digest, every agency authorisation with its window, each with the transaction and block that made it
 * and the account that signed. Read from the contract's events, so it is the chain's account, not the portal's.
 */
@ApplicationScoped
public class ReadingTitles {

    @Inject
    LoanCases cases;
    @Inject
    LifecycleAccess gateway;
    @Inject
    NamingInstitutions naming;

    /** One entry; institutions are named by id where the portal knows the tag ({@code tag:0x...} otherwise). */
    public record Entry(String kind, String party, String previous, String signedBy, String account, String digest,
                        Instant validFrom, Instant validTo, String transactionHash, long blockNumber) {
    }

    public record Title(String caseRef, String chainCaseId, String contract, String creditor, List<Entry> entries) {
    }

    /** @throws org.judicialchain.evidence.domain.service.LedgerUnavailableException when the chain cannot be reached */
    public Optional<Title> titleOf(String caseRef) {
        Optional<CaseRow> row = cases.find(caseRef);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Bytes32 caseId = AnchorLeaf.caseCommitment(caseRef, row.get().caseSalt());
        LifecycleLedger ledger = gateway.lifecycle();
        InstitutionTags names = naming.known();
        List<Entry> entries = ledger.titleOf(caseId).stream().map(e -> entry(e, names)).toList();
        String creditor = entries.stream().filter(e -> e.kind().equals("OPENED") || e.kind().equals("ASSIGNED"))
                .reduce((a, b) -> b).map(Entry::party).orElse(null);
        return Optional.of(new Title(caseRef, caseId.hex(), ledger.contractAddress(), creditor, entries));
    }

    private static Entry entry(TitleEvent e, InstitutionTags names) {
        boolean window = e.kind() == LifecycleLedger.TitleKind.AGENCY_AUTHORISED;
        return new Entry(e.kind().name(), name(e.party(), names), e.kind() == LifecycleLedger.TitleKind.ASSIGNED
                ? name(e.previous(), names) : null, e.by(), e.account(),
                e.digest().equals(Bytes32.ZERO) ? null : e.digest().hex(),
                window ? Instant.ofEpochSecond(e.validFrom()) : null, window ? Instant.ofEpochSecond(e.validTo()) : null,
                e.transactionHash(), e.blockNumber());
    }

    private static String name(Bytes32 tag, InstitutionTags names) {
        return tag.isZero() ? null : NamingInstitutions.nameOf(tag, names);
    }
}
