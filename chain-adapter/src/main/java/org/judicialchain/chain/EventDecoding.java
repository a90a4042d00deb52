package org.judicialchain.chain;

import org.judicialchain.besu.contracts.generated.CaseLifecycle;
import org.judicialchain.besu.contracts.generated.EvidenceRegistry;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.directory.AccountChange;
import org.judicialchain.evidence.domain.model.directory.AccountEvent;
import org.judicialchain.evidence.domain.model.directory.DirectoryContract;
import org.judicialchain.evidence.domain.service.LifecycleLedger.Role;
import org.web3j.abi.EventEncoder;
import org.web3j.protocol.core.methods.response.Log;

/**
 * The allowlist, admin and role events of the two contracts from raw logs, through the generated
 * wrappers' decoders. Both contracts emit CourtAdminChanged with one signature, so the caller says which
 * contract a log came from.
 */
final class EventDecoding {

    private static final String SUBMITTER_ALLOWED = EventEncoder.encode(EvidenceRegistry.SUBMITTERALLOWED_EVENT);
    private static final String SUBMITTER_REVOKED = EventEncoder.encode(EvidenceRegistry.SUBMITTERREVOKED_EVENT);
    private static final String REGISTRY_ADMIN = EventEncoder.encode(EvidenceRegistry.COURTADMINCHANGED_EVENT);
    private static final String ROLE_BOUND = EventEncoder.encode(CaseLifecycle.ROLEBOUND_EVENT);
    private static final String ROLE_REVOKED = EventEncoder.encode(CaseLifecycle.ROLEREVOKED_EVENT);
    private static final String LIFECYCLE_ADMIN = EventEncoder.encode(CaseLifecycle.COURTADMINCHANGED_EVENT);

    /** Topic 0 of every event decoded here; CourtAdminChanged has the same signature in both contracts. */
    static final String[] TOPICS = {SUBMITTER_ALLOWED, SUBMITTER_REVOKED, REGISTRY_ADMIN, ROLE_BOUND, ROLE_REVOKED};

    private EventDecoding() {
    }

    /** @return the event, or null for a registry log that is not about an account's standing */
    static AccountEvent fromRegistry(Log log) {
        String topic = log.getTopics().getFirst();
        if (SUBMITTER_ALLOWED.equals(topic)) {
            var e = EvidenceRegistry.getSubmitterAllowedEventFromLog(log);
            return new AccountEvent.SubmitterAllowed(e.account, Bytes32.of(e.institution), change(log, e.by));
        }
        if (SUBMITTER_REVOKED.equals(topic)) {
            var e = EvidenceRegistry.getSubmitterRevokedEventFromLog(log);
            return new AccountEvent.SubmitterRevoked(e.account, change(log, e.by));
        }
        if (REGISTRY_ADMIN.equals(topic)) {
            var e = EvidenceRegistry.getCourtAdminChangedEventFromLog(log);
            return new AccountEvent.CourtAdminChanged(DirectoryContract.REGISTRY, e.account, e.isAdmin, change(log, e.by));
        }
        return null;
    }

    /** @return the event, or null for a lifecycle log that is not about an account's standing */
    static AccountEvent fromLifecycle(Log log) {
        String topic = log.getTopics().getFirst();
        if (ROLE_BOUND.equals(topic)) {
            var e = CaseLifecycle.getRoleBoundEventFromLog(log);
            return new AccountEvent.RoleBound(e.account, Role.values()[e.role.intValueExact()], Bytes32.of(e.org),
                    change(log, e.by));
        }
        if (ROLE_REVOKED.equals(topic)) {
            var e = CaseLifecycle.getRoleRevokedEventFromLog(log);
            return new AccountEvent.RoleRevoked(e.account, change(log, e.by));
        }
        if (LIFECYCLE_ADMIN.equals(topic)) {
            var e = CaseLifecycle.getCourtAdminChangedEventFromLog(log);
            return new AccountEvent.CourtAdminChanged(DirectoryContract.LIFECYCLE, e.account, e.isAdmin, change(log, e.by));
        }
        return null;
    }

    private static AccountChange change(Log log, String by) {
        return new AccountChange(log.getBlockNumber().longValueExact(), log.getLogIndex().longValueExact(),
                log.getTransactionHash(), by);
    }
}
