package org.judicialchain.portal.application.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.collection.Call;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;
import org.judicialchain.evidence.domain.model.collection.Letter;
import org.judicialchain.evidence.domain.model.collection.Sms;
import org.judicialchain.evidence.domain.model.collection.Visit;
import org.judicialchain.evidence.domain.model.compliance.ComplianceContext;
import org.judicialchain.evidence.domain.model.compliance.ComplianceEngine;
import org.judicialchain.evidence.domain.model.compliance.Finding;
import org.judicialchain.evidence.domain.model.compliance.RuleProfile;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.digest.StreamingDigester;
import org.judicialchain.evidence.domain.model.evidence.EvidenceKind;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.portal.application.evidence.SubmittingEvidence;
import org.judicialchain.portal.domain.cases.CaseRow;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.collection.CollectionEvent;
import org.judicialchain.portal.domain.collection.CollectionRecords;
import org.judicialchain.portal.domain.disputes.Objections;

/**
 * An agency logs a collection action and it is checked against the rules in force on the case: the action
 * and every finding go on the case's custody log (and so are anchored), the recordings' digests become
 * evidence of the case, and the findings are kept for the judge, the lender, the agency and the debtor to see.
 */
@ApplicationScoped
public class LoggingCollection {

    @Inject
    LoanCases cases;
    @Inject
    CollectionRecords records;
    @Inject
    SubmittingEvidence evidence;
    @Inject
    Objections objections;
    /** Observed by the custody log, in this transaction. */
    @Inject
    Event<CollectionEvent> events;

    private final ComplianceEngine engine = ComplianceEngine.standard();
    private final Clock clock = Clock.systemUTC();

    public record Logged(CollectionRecord record, List<Finding> findings) {
    }

    @Transactional
    public Logged log(CollectionRecord record) {
        cases.lock(record.caseRef());
        CaseRow row = cases.find(record.caseRef()).orElseThrow();
        Instant now = clock.instant();
        ComplianceContext context = new ComplianceContext(row.caseRef(), RuleProfile.valueOf(row.ruleProfile()),
                ZoneId.of(row.debtorZone()), cases.authorisations(row.caseRef()),
                row.state().settled() ? Optional.of(row.stateSince()) : Optional.empty(), objections.pauses(row.caseRef()),
                records.ofCase(record.caseRef()), record);
        List<Finding> findings = engine.check(context);

        String json = CollectionRecordJson.write(record).toString();
        records.add(record, CollectionRecordJson.type(record), json, now);
        for (String digest : digests(record)) {
            evidence.record(EvidenceRecord.submit(record.caseRef(), kindOf(record), Bytes32.fromHex(digest), Optional.empty(),
                    Optional.empty(), record.occurredAt(), now, record.agency(),
                    Optional.of(CollectionRecordJson.type(record) + " " + record.id())));
        }
        events.fire(new CollectionEvent.RecordLogged(record.caseRef(), record.id().toString(), StreamingDigester.sha256(json),
                record.agency(), now));
        for (Finding f : findings) {
            CollectionEvent.FindingRecorded found = new CollectionEvent.FindingRecorded(record.caseRef(), f, now);
            records.addFinding(f, record, found.digest(), now);
            events.fire(found);
        }
        return new Logged(record, findings);
    }

    private static List<String> digests(CollectionRecord r) {
        List<String> out = new ArrayList<>();
        switch (r) {
            case Call c -> c.recording().ifPresent(out::add);
            case Sms s -> s.content().ifPresent(out::add);
            case Letter l -> l.content().ifPresent(out::add);
            case Visit v -> {
                v.audio().ifPresent(out::add);
                v.video().ifPresent(out::add);
            }
        }
        return out;
    }

    private static EvidenceKind kindOf(CollectionRecord r) {
        return switch (r) {
            case Call c -> EvidenceKind.CALL_RECORDING;
            case Visit v -> EvidenceKind.VISIT_RECORD;
            case Sms s -> EvidenceKind.SMS_NOTICE;
            case Letter l -> EvidenceKind.OTHER;
        };
    }
}
