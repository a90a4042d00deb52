package org.judicialchain.portal.interfaces.rest.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.logging.Logger;
import org.judicialchain.evidence.domain.service.LedgerUnavailableException;
import org.judicialchain.identity.access.Action;
import org.judicialchain.portal.application.directory.ChainAccountsReport;
import org.judicialchain.portal.application.directory.ListingInstitutions;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;

/**
 * The institutions the portal knows with their chain accounts: who may anchor (the registry's
 * allowlist), who is a court admin, which lifecycle role each account holds, read from the chain now.
 * Named after institutions because that is what the court administrator manages (the policy's
 * VIEW_INSTITUTIONS and VIEW_CHAIN_ACCOUNTS), and changes to them will be made under the same path.
 */
@Path("v1/institutions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class InstitutionsResource {

    private static final Logger LOG = Logger.getLogger(InstitutionsResource.class.getName());

    @Inject
    ListingInstitutions directory;
    @Inject
    Guard guard;

    @GET
    public ChainAccountsReport list() {
        guard.require(Action.VIEW_INSTITUTIONS);
        guard.require(Action.VIEW_CHAIN_ACCOUNTS);
        try {
            return directory.read();
        } catch (LedgerUnavailableException e) {
            // not the general chain-down answer: nothing here is about submissions or verification
            LOG.warning(e.getMessage());
            throw new InvalidRequestException(Response.Status.SERVICE_UNAVAILABLE,
                    "the chain node is unreachable: institutions' chain accounts are read from the chain itself. Try again shortly.");
        }
    }
}
