package org.judicialchain.portal.application.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;
import org.judicialchain.evidence.domain.model.compliance.CaseHistory;
import org.judicialchain.evidence.domain.model.compliance.ComplianceEngine;
import org.judicialchain.evidence.domain.model.compliance.Finding;
import org.judicialchain.evidence.domain.model.compliance.RuleProfile;
import org.judicialchain.portal.domain.cases.CaseRow;
import org.judicialchain.portal.domain.cases.LoanCase;
import org.judicialchain.portal.domain.cases.LoanCaseEvent;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.collection.CollectionEvent;
import org.judicialchain.portal.domain.collection.CollectionRecords;
import org.judicialchain.portal.domain.disputes.Objections;

/**
 * The court sets another rule profile on a case: its whole history is checked again under the new profile,
 * and every finding not already on file (same rule, same record) is added and anchored.
 */
@ApplicationScoped
public class ChangingRuleProfiles {

    @Inject
    LoanCases cases;
    @Inject
    CollectionRecords records;
    @Inject
    Objections objections;
    /** Observed by the custody log, in this transaction. */
    @Inject
    Event<LoanCaseEvent> caseEvents;
    @Inject
    Event<CollectionEvent> findings;

    private final ComplianceEngine engine = ComplianceEngine.standard();
    private final Clock clock = Clock.systemUTC();

    /** @param actor the judge, as the custody log names them */
    public record ChangeRuleProfile(String caseRef, RuleProfile profile, String actor) {
    }

    /** @return the findings added */
    @Transactional
    public List<Finding> change(ChangeRuleProfile c) {
        LoanCase loanCase = cases.locked(c.caseRef()).orElseThrow();
        Instant now = clock.instant();
        LoanCaseEvent.RulesChanged changed = loanCase.changeRuleProfile(c.profile().name(), c.actor(), now);
        cases.save(changed.loanCase());
        caseEvents.fire(changed);
        CaseRow row = changed.loanCase();
        CaseHistory history = new CaseHistory(c.caseRef(), c.profile(), ZoneId.of(row.debtorZone()),
                cases.authorisations(c.caseRef()), row.state().settled() ? Optional.of(row.stateSince()) : Optional.empty(),
                objections.pauses(c.caseRef()), records.ofCase(c.caseRef()));
        Set<String> onFile = new HashSet<>();
        records.findings(c.caseRef()).forEach(f -> onFile.add(f.ruleId() + "|" + f.recordId()));
        Map<UUID, CollectionRecord> byId = new HashMap<>();
        history.records().forEach(r -> byId.put(r.id(), r));
        List<Finding> added = new ArrayList<>();
        for (Finding f : engine.reevaluate(history)) {
            CollectionRecord subject = byId.get(f.recordIds().get(0));
            if (subject == null || !onFile.add(f.ruleId() + "|" + subject.id())) {
                continue;
            }
            CollectionEvent.FindingRecorded found = new CollectionEvent.FindingRecorded(c.caseRef(), f, now);
            records.addFinding(f, subject, found.digest(), now);
            findings.fire(found);
            added.add(f);
        }
        return added;
    }
}
