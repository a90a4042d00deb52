package org.judicialchain.portal.application.disputes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.judicialchain.evidence.application.MemoizingLedger;
import org.judicialchain.evidence.domain.service.Ledger;
import org.judicialchain.evidence.domain.service.LedgerUnavailableException;
import org.judicialchain.portal.application.evidence.FindingEvidence.EvidenceDetails;
import org.judicialchain.portal.application.evidence.FindingEvidence;
import org.judicialchain.portal.application.evidence.Verdict;
import org.judicialchain.portal.application.evidence.VerifyingEvidence;
import org.judicialchain.portal.application.reconciliation.CheckingCaseChains;
import org.judicialchain.portal.domain.chain.LedgerAccess;
import org.judicialchain.portal.domain.collection.CollectionRecords;
import org.judicialchain.portal.domain.disputes.ObjectionRow;
import org.judicialchain.portal.domain.disputes.Objections;
import org.judicialchain.portal.domain.shared.InvalidInputException;

/**
 * What a confirmation request is checked for before a judge sees it: every evidence item it relies on
 * verified against the chain now, the case's custody log intact, no objection still open, and no HIGH
 * violation finding that no decided objection has dealt with. The report is kept with the request.
 */
@ApplicationScoped
public class PreCheckingConfirmation {

    @Inject
    FindingEvidence evidence;
    @Inject
    LedgerAccess gateway;
    @Inject
    VerifyingEvidence verifying;
    @Inject
    CheckingCaseChains chains;
    @Inject
    Objections objections;
    @Inject
    CollectionRecords records;

    public record ItemCheck(String evidenceId, String kind, String verdict) {
    }

    public record Report(List<String> evidenceIds, List<ItemCheck> items, boolean custodyIntact, List<String> openObjections,
                         List<String> unresolvedHighFindings, List<String> problems) {
        public boolean clean() {
            return problems.isEmpty();
        }

        public String toJson() {
            JsonArrayBuilder checks = Json.createArrayBuilder();
            items.forEach(i -> checks.add(Json.createObjectBuilder().add("evidenceId", i.evidenceId()).add("kind", i.kind())
                    .add("verdict", i.verdict())));
            return Json.createObjectBuilder().add("clean", clean()).add("items", checks).add("custodyIntact", custodyIntact)
                    .add("openObjections", Json.createArrayBuilder(openObjections))
                    .add("unresolvedHighFindings", Json.createArrayBuilder(unresolvedHighFindings))
                    .add("problems", Json.createArrayBuilder(problems)).build().toString();
        }
    }

    /** @param relied the evidence the request relies on; empty means every item of the case */
    public Report run(String caseRef, List<UUID> relied) {
        Map<String, EvidenceDetails> ofCase = evidence.ofCase(caseRef).stream()
                .collect(Collectors.toMap(e -> e.record().id().toString(), Function.identity()));
        List<String> ids = relied.isEmpty() ? List.copyOf(ofCase.keySet()) : relied.stream().map(UUID::toString).toList();
        List<String> problems = new ArrayList<>();
        List<ItemCheck> items = new ArrayList<>();
        boolean custodyIntact;
        try {
            Ledger ledger = new MemoizingLedger(gateway.ledger());
            for (String id : ids) {
                EvidenceDetails item = ofCase.get(id);
                if (item == null) {
                    throw new InvalidInputException(id + " is not an evidence item of case " + caseRef);
                }
                Verdict verdict = verifying.check(item, ledger).verdict();
                items.add(new ItemCheck(id, item.record().kind().name(), verdict.name()));
                if (verdict != Verdict.VERIFIED) {
                    problems.add("evidence " + id + " is " + verdict + " on chain");
                }
            }
            custodyIntact = chains.chainOf(caseRef).map(CheckingCaseChains.CaseChain::intact).orElse(false);
        } catch (LedgerUnavailableException e) {
            custodyIntact = false;
            problems.add("the chain could not be reached to verify the evidence: " + e.getMessage());
        }
        if (!custodyIntact) {
            problems.add("the custody log of the case is not intact (or not yet all anchored)");
        }
        List<ObjectionRow> all = objections.ofCase(caseRef);
        List<String> open = all.stream().filter(o -> !o.decided()).map(ObjectionRow::reference).toList();
        open.forEach(ref -> problems.add("objection " + ref + " is still open"));
        Set<String> dealtWith = new HashSet<>();
        all.stream().filter(ObjectionRow::decided).forEach(o -> dealtWith.addAll(o.citedFindings()));
        List<String> high = records.findings(caseRef).stream().filter(f -> "HIGH".equals(f.severity()))
                .map(f -> f.id().toString()).filter(id -> !dealtWith.contains(id)).toList();
        high.forEach(id -> problems.add("HIGH violation finding " + id + " is unresolved (no decided objection cites it)"));
        return new Report(ids, items, custodyIntact, open, high, problems);
    }
}
