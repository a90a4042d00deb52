package org.judicialchain.portal.application.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.directory.AccountStanding;
import org.judicialchain.evidence.domain.model.directory.InstitutionTags;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.judicialchain.evidence.domain.service.ChainDirectory;
import org.judicialchain.evidence.domain.service.LifecycleLedger.Role;

/**
 * The institutions the portal knows, each with its chain accounts, and the accounts whose institution
 * the portal does not know: the chain directory named with the portal's own records. An account goes
 * with the institution it anchors for, else the one its lifecycle role acts for, else the one it last
 * anchored for (so a revoked account still shows where it served).
 */
public record ChainAccountsReport(long readAtBlock, String registry, String lifecycle, List<Institution> institutions,
                                  List<AccountRow> accountsWithoutKnownInstitution) {

    /** What an institution is to the portal (kinds), on how many cases, and its accounts on chain. */
    public record Institution(String id, String tag, List<String> kinds, long cases, List<AccountRow> accounts) {
    }

    /**
     * One account. Institution fields hold a known id, or null with the tag beside it when the portal does
     * not know the tag; {@code portalUse} says when the account is this portal's own.
     */
    public record AccountRow(String account, String portalUse, boolean allowlisted, String allowlistedFor,
                             String institutionTag, boolean registryCourtAdmin, boolean lifecycleCourtAdmin,
                             String lifecycleRole, String lifecycleOrg, String lifecycleOrgTag, boolean eventsAgree,
                             LastChange lastChange) {
    }

    public record LastChange(long blockNumber, String transactionHash, String by) {
    }

    /** An institution id and what it is to the portal. */
    public record Known(String id, Set<String> kinds, long cases) {
    }

    /**
     * @param known       every institution the portal's records and configuration name
     * @param portalUses  the portal's own accounts (lower-case address) and what it uses each for
     */
    public static ChainAccountsReport of(ChainDirectory.Snapshot snapshot, List<Known> known, Map<String, String> portalUses) {
        Map<String, Known> byId = new TreeMap<>();
        known.forEach(k -> byId.merge(k.id(), k, (a, b) -> new Known(a.id(), union(a.kinds(), b.kinds()), Math.max(a.cases(), b.cases()))));
        InstitutionTags tags = InstitutionTags.of(byId.keySet());
        Map<String, List<AccountRow>> accountsOf = new TreeMap<>();
        List<AccountRow> unknown = new ArrayList<>();
        for (ChainDirectory.Account account : snapshot.accounts()) {
            AccountStanding s = account.standing();
            AccountRow row = row(account, tags, portalUses.get(s.account()));
            tags.idOf(s.affiliation()).ifPresentOrElse(id -> accountsOf.computeIfAbsent(id, i -> new ArrayList<>()).add(row),
                    () -> unknown.add(row));
        }
        List<Institution> institutions = byId.values().stream().map(k -> new Institution(k.id(),
                AnchorLeaf.institutionTag(k.id()).hex0x(),
                List.copyOf(new TreeSet<>(k.kinds())), k.cases(), List.copyOf(accountsOf.getOrDefault(k.id(), List.of()))))
                .toList();
        return new ChainAccountsReport(snapshot.blockNumber(), snapshot.registryAddress(), snapshot.lifecycleAddress(),
                institutions, List.copyOf(unknown));
    }

    private static AccountRow row(ChainDirectory.Account account, InstitutionTags tags, String portalUse) {
        AccountStanding s = account.standing();
        Bytes32 institution = s.affiliation();
        LastChange last = s.lastChange().map(c -> new LastChange(c.blockNumber(), c.transactionHash(), c.by())).orElse(null);
        return new AccountRow(s.account(), portalUse, s.allowlisted(), tags.idOf(s.institution()).orElse(null),
                institution.isZero() ? null : institution.hex0x(), s.registryCourtAdmin(), s.lifecycleCourtAdmin(),
                s.lifecycleRole() == Role.NONE ? null : s.lifecycleRole().name(), tags.idOf(s.lifecycleOrg()).orElse(null),
                s.lifecycleOrg().isZero() ? null : s.lifecycleOrg().hex0x(), account.eventsAgree(), last);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
