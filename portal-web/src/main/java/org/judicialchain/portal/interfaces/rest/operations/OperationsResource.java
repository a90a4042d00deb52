package org.judicialchain.portal.interfaces.rest.operations;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.judicialchain.identity.access.Action;
import org.judicialchain.portal.application.operations.ReportingOperations;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;

/**
 * The details behind the public readiness answer, for the court administrator and the auditor (VIEW_CHAIN_ACCOUNTS):
 * the anchoring and lifecycle backlogs, the chain and its registry, the last reconciliation, a failure's own words.
 */
@Path("v1/operations/status")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class OperationsResource {

    @Inject
    ReportingOperations operations;
    @Inject
    Guard guard;

    /** Shaped like a MicroProfile Health answer, so that a reader of /health/ready reads this too. */
    public record Status(String status, List<CheckView> checks) {
    }

    public record CheckView(String name, String status, Map<String, Object> data) {
    }

    @GET
    public Status status() {
        guard.require(Action.VIEW_CHAIN_ACCOUNTS);
        List<CheckView> checks = operations.status().stream()
                .map(c -> new CheckView(c.name(), c.up() ? "UP" : "DOWN", c.data())).toList();
        return new Status(checks.stream().allMatch(c -> c.status().equals("UP")) ? "UP" : "DOWN", checks);
    }
}
