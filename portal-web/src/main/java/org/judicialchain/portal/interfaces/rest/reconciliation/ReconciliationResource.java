package org.judicialchain.portal.interfaces.rest.reconciliation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.logging.Logger;
import org.judicialchain.identity.Role;
import org.judicialchain.identity.access.Caller;
import org.judicialchain.portal.application.reconciliation.Reconciling;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;

/**
 * Runs the database-against-chain reconciliation now and answers with its findings. For the court
 * administrator (who keeps the system) and auditors; the report names cases and items, no personal data.
 */
@Path("v1/reconciliation")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ReconciliationResource {

    private static final Logger AUDIT = Logger.getLogger("org.judicialchain.portal.audit");

    @Inject
    Reconciling reconciliation;
    @Inject
    Guard guard;

    @GET
    public Reconciling.Report run() {
        guard.requireSignedIn();
        Caller who = guard.caller();
        if (!who.has(Role.COURT_ADMIN) && !who.has(Role.AUDITOR)) {
            throw new InvalidRequestException(Response.Status.FORBIDDEN, "reconciliation is run by the court administrator or an auditor");
        }
        Reconciling.Report report = reconciliation.run();
        AUDIT.info(() -> who.subject() + " ran reconciliation: " + report.findingsTotal() + " findings over "
                + report.casesChecked() + " cases");
        return report;
    }
}
