package org.judicialchain.portal.application.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.judicialchain.evidence.domain.model.directory.ChainAddress;
import org.judicialchain.portal.config.PortalConfig;
import org.judicialchain.portal.config.WorkflowConfig;
import org.judicialchain.portal.domain.chain.DirectoryAccess;
import org.judicialchain.portal.domain.chain.LifecycleAccess;
import org.judicialchain.portal.domain.directory.Institutions;

/**
 * Which institutions hold which chain accounts and what each account may do now, for the court
 * administrator: the chain directory read now, named with the institutions the portal's records and
 * configuration know.
 */
@ApplicationScoped
public class ListingInstitutions {

    /** What the portal's own accounts and institution are, beside the kinds its records give. */
    static final String PORTAL_OPERATOR = "PORTAL_OPERATOR";
    static final String LIFECYCLE_ACTOR = "LIFECYCLE_ACTOR";
    static final String ANCHORING = "ANCHORING";
    static final String LIFECYCLE_OPERATOR = "LIFECYCLE_OPERATOR";
    static final String HOSTED = "HOSTED";

    @Inject
    DirectoryAccess chain;
    @Inject
    LifecycleAccess lifecycles;
    @Inject
    Institutions queries;
    @Inject
    PortalConfig config;
    @Inject
    WorkflowConfig workflow;

    /** @throws org.judicialchain.evidence.domain.service.LedgerUnavailableException when the chain node cannot be reached */
    public ChainAccountsReport read() {
        var snapshot = chain.directory().read();
        List<ChainAccountsReport.Known> known = new ArrayList<>();
        queries.uses().forEach(u -> known.add(new ChainAccountsReport.Known(u.id(), u.kinds(), u.cases())));
        known.add(new ChainAccountsReport.Known(config.institution(), Set.of(PORTAL_OPERATOR), 0));
        workflow.actorOrgs().forEach(org -> known.add(new ChainAccountsReport.Known(org, Set.of(LIFECYCLE_ACTOR), 0)));

        Map<String, String> portalUses = new HashMap<>();
        // the institutions whose keys the portal hosts (in its PKCS#11 token) and signs their own steps with
        known.forEach(k -> lifecycles.accountOf(k.id(), false).filter(LifecycleAccess.InstitutionAccount::hosted)
                .ifPresent(a -> portalUses.put(ChainAddress.normalise(a.address()), HOSTED)));
        portalUses.put(ChainAddress.normalise(chain.lifecycleOperator()), LIFECYCLE_OPERATOR);
        portalUses.put(ChainAddress.normalise(chain.anchoringAccount()), ANCHORING);
        return ChainAccountsReport.of(snapshot, known, portalUses);
    }
}
