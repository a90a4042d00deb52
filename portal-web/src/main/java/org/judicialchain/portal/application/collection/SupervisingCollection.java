package org.judicialchain.portal.application.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
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
import org.judicialchain.evidence.domain.model.compliance.CaseHistory;
import org.judicialchain.evidence.domain.model.compliance.CollectionAuthorisation;
import org.judicialchain.evidence.domain.model.compliance.ComplianceContext;
import org.judicialchain.evidence.domain.model.compliance.ComplianceEngine;
import org.judicialchain.evidence.domain.model.compliance.Finding;
import org.judicialchain.evidence.domain.model.compliance.RuleProfile;
import org.judicialchain.evidence.domain.model.custody.CustodyEventType;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.digest.StreamingDigester;
import org.judicialchain.evidence.domain.model.evidence.EvidenceKind;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.portal.application.evidence.SubmittingEvidence;
import org.judicialchain.portal.domain.cases.CaseRow;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.collection.CollectionRecords;
import org.judicialchain.portal.domain.disputes.Objections;

/**
 * Logs a collection action and checks it against the rules in force on the case: the action and
 * every finding are appended to the case's custody log (and so anchored), the recordings' digests
 * become evidence of the case, and the findings are kept for the judge, the lender, the agency and
 * the debtor to see.
 */
@ApplicationScoped
public class SupervisingCollection {


    @Inject
    LoanCases cases;
    @Inject
    CollectionRecords records;
    @Inject
    SubmittingEvidence evidence;
    @Inject
    Objections objections;

    private final ComplianceEngine engine = ComplianceEngine.standard();
    private final Clock clock = Clock.systemUTC();

    public record Logged(CollectionRecord record, List<Finding> findings) {
    }

    @Transactional
    public Logged log(CollectionRecord record) {
        cases.lock(record.caseRef());
        CaseRow row = cases.find(record.caseRef()).orElseThrow();
        Instant now = clock.instant();
        List<CollectionRecord> history = records.ofCase(record.caseRef());
        ComplianceContext context = new ComplianceContext(row.caseRef(), RuleProfile.valueOf(row.ruleProfile()),
                ZoneId.of(row.debtorZone()), authorisations(row.caseRef()),
                row.state().settled() ? Optional.of(row.stateSince()) : Optional.empty(), objections.pauses(row.caseRef()),
                history, record);
        List<Finding> findings = engine.check(context);

        records.add(record, CollectionRecordJson.type(record), CollectionRecordJson.write(record).toString(), now);
        for (String digest : digests(record)) {
            evidence.record(EvidenceRecord.submit(record.caseRef(), kindOf(record), Bytes32.fromHex(digest), Optional.empty(),
                    Optional.empty(), record.occurredAt(), now, record.agency(),
                    Optional.of(CollectionRecordJson.type(record) + " " + record.id())));
        }
        evidence.appendEntry(record.caseRef(), CustodyEventType.COLLECTION_RECORDED,
                StreamingDigester.sha256(CollectionRecordJson.write(record).toString()), record.id().toString(), record.agency(), now);
        for (Finding f : findings) {
            Bytes32 digest = StreamingDigester.sha256(f.ruleId() + "|" + f.severity() + "|" + f.recordIds() + "|" + f.explanationEn());
            records.addFinding(f, record, digest, now);
            evidence.appendEntry(record.caseRef(), CustodyEventType.FINDING_RECORDED, digest, f.ruleId(), "compliance-engine", now);
        }
        return new Logged(record, findings);
    }

    /**
     * The court changes the rule profile of a case: its whole history is checked again under the new
     * profile, and every finding not already on file (same rule, same record) is added and anchored.
     *
     * @return the findings added
     */
    @Transactional
    public List<Finding> changeProfile(String caseRef, RuleProfile profile, String actor) {
        cases.lock(caseRef);
        CaseRow row = cases.find(caseRef).orElseThrow();
        Instant now = clock.instant();
        cases.changeRuleProfile(caseRef, profile.name());
        evidence.appendEntry(caseRef, CustodyEventType.RULES_REEVALUATED, StreamingDigester.sha256("profile:" + profile.name()), profile.name(),
                actor, now);
        CaseHistory history = new CaseHistory(caseRef, profile, ZoneId.of(row.debtorZone()), authorisations(caseRef),
                row.state().settled() ? Optional.of(row.stateSince()) : Optional.empty(), objections.pauses(caseRef),
                records.ofCase(caseRef));
        java.util.Set<String> onFile = new java.util.HashSet<>();
        records.findings(caseRef).forEach(f -> onFile.add(f.ruleId() + "|" + f.recordId()));
        java.util.Map<java.util.UUID, CollectionRecord> byId = new java.util.HashMap<>();
        history.records().forEach(r -> byId.put(r.id(), r));
        List<Finding> added = new ArrayList<>();
        for (Finding f : engine.reevaluate(history)) {
            CollectionRecord subject = byId.get(f.recordIds().get(0));
            if (subject == null || !onFile.add(f.ruleId() + "|" + subject.id())) {
                continue;
            }
            Bytes32 digest = StreamingDigester.sha256(f.ruleId() + "|" + f.severity() + "|" + f.recordIds() + "|" + f.explanationEn());
            records.addFinding(f, subject, digest, now);
            evidence.appendEntry(caseRef, CustodyEventType.FINDING_RECORDED, digest, f.ruleId(), "compliance-engine", now);
            added.add(f);
        }
        return added;
    }

    private List<CollectionAuthorisation> authorisations(String caseRef) {
        return cases.authorisations(caseRef);
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
