package org.judicialchain.portal.interfaces.rest.lifecycle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.judicialchain.evidence.domain.service.LedgerUnavailableException;
import org.judicialchain.evidence.domain.service.LifecycleLedger;
import org.judicialchain.identity.access.Action;
import org.judicialchain.portal.application.cases.FindingCases;
import org.judicialchain.portal.domain.chain.LifecycleAccess;
import org.judicialchain.portal.domain.lifecycle.EscalationRecords;
import org.judicialchain.portal.domain.lifecycle.LifecycleSteps;
import org.judicialchain.portal.interfaces.rest.cases.CaseLookup;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;

/**
 * The lifecycle of a case as the chain holds it (the steps sent to the CaseLifecycle contract, the
 * state read from it now) and the escalation steps taken.
 */
@Path("v1/cases/{caseRef}/lifecycle")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class LifecycleResource {

    @Inject
    CaseLookup lookup;
    @Inject
    Guard guard;
    @Inject
    FindingCases book;
    @Inject
    LifecycleSteps steps;
    @Inject
    EscalationRecords escalation;
    @Inject
    LifecycleAccess gateway;

    /** {@code chainCaseId}: the case's id on chain, a salted commitment that names nobody. */
    public record Lifecycle(String caseRef, String chainCaseId, String state, String contract, String operator, String onChainState,
                            Integer onChainTransitions, String chainError, List<LifecycleSteps.StepView> steps,
                            List<Escalated> escalation) {
    }

    public record Escalated(String step, int daysOverdue, Instant executedAt, String policyDigest) {
    }

    @GET
    public Lifecycle lifecycle(@PathParam("caseRef") String caseRef) {
        guard.require(Action.VIEW_CASE, lookup.facts(caseRef));
        var row = book.find(caseRef).orElseThrow().row();
        Bytes32 chainCaseId = AnchorLeaf.caseCommitment(caseRef, row.caseSalt());
        String contract = null;
        String operator = null;
        String onChain = null;
        Integer transitions = null;
        String error = null;
        try {
            LifecycleLedger ledger = gateway.lifecycle();
            contract = ledger.contractAddress();
            operator = ledger.operatorAccount();
            var state = ledger.stateOf(chainCaseId);
            onChain = state.map(s -> s.state().name()).orElse("NONE");
            transitions = state.map(LifecycleLedger.OnChainCase::transitions).orElse(0);
        } catch (LedgerUnavailableException e) {
            error = "the chain cannot be reached now; the steps below are what the portal sent or will send";
        }
        return new Lifecycle(caseRef, chainCaseId.hex(), row.state().name(), contract, operator, onChain, transitions, error, steps.ofCase(caseRef),
                escalation.stepsOf(caseRef).stream().map(s -> new Escalated(s.step(), s.daysOverdue(), s.executedAt(),
                        s.policyDigest().hex())).toList());
    }
}
