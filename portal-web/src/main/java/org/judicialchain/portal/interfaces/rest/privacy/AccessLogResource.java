package org.judicialchain.portal.interfaces.rest.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.judicialchain.identity.Role;
import org.judicialchain.identity.access.Action;
import org.judicialchain.identity.access.Caller;
import org.judicialchain.portal.domain.privacy.AccessChain;
import org.judicialchain.portal.domain.privacy.AccessLog;
import org.judicialchain.portal.interfaces.rest.cases.CaseLookup;
import org.judicialchain.portal.interfaces.rest.privacy.PrivacyDtos.AccessView;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;

/** "Who looked at my case": the recorded reads of a case's personal data, evidence and collection records. */
@Path("v1/cases/{caseRef}/access-log")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class AccessLogResource {

    private static final int SHOWN = 500;

    @Inject
    CaseLookup lookup;
    @Inject
    Guard guard;
    @Inject
    AccessLog log;

    /** The latest 500 reads; the debtor sees institutions and roles, the court and the auditor also the staff member. */
    @GET
    public List<AccessView> reads(@PathParam("caseRef") String caseRef) {
        Caller who = guard.require(Action.VIEW_ACCESS_LOG, lookup.facts(caseRef));
        boolean withActor = who.has(Role.JUDGE) || who.has(Role.ARBITRATOR) || who.has(Role.AUDITOR);
        return log.ofCase(caseRef, SHOWN).stream().map(a -> AccessView.of(a, withActor)).toList();
    }

    /** Whether the case's record still holds as written: every row's hash link walked again. */
    @GET
    @Path("integrity")
    public PrivacyDtos.AccessIntegrity integrity(@PathParam("caseRef") String caseRef) {
        guard.require(Action.VIEW_ACCESS_LOG, lookup.facts(caseRef));
        AccessChain.Integrity checked = AccessChain.check(log.chainOf(caseRef));
        return new PrivacyDtos.AccessIntegrity(checked.rows(), checked.intact(), checked.firstBroken().orElse(null));
    }
}
