package org.judicialchain.evidence.domain.model.compliance;

import java.util.List;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;

/**
 * Universal: no collection while a pending or upheld dispute pauses the case. A debtor who
 * contests the debt is owed an answer before further pressure; collection during the pause
 * disregards the objection procedure.
 *
 * <p>A pause covers [from, to): a record at {@code from} is a finding, one at {@code to} is not; a
 * pause without an end covers everything from its start.
 */
public final class NoCollectionDuringDisputePause implements CompliancePolicy {

    public static final String RULE_ID = "UNIVERSAL-NO-COLLECTION-DURING-DISPUTE-PAUSE";
    public static final String SOURCE = "Universal rule (all profiles): collection is suspended while a pending or upheld dispute pauses the case";

    @Override
    public String ruleId() {
        return RULE_ID;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public List<Finding> check(ComplianceContext context, CollectionRecord record) {
        return context.disputePauses().stream()
                .filter(pause -> pause.covers(record.occurredAt()))
                .findFirst()
                .map(pause -> {
                    String from = Wording.local(context, pause.from());
                    String untilZh = pause.to().map(to -> "至 " + Wording.local(context, to) + " 止").orElse("至今仍在暂停中");
                    String untilEn = pause.to().map(to -> "until " + Wording.local(context, to)).orElse("and is still in force");
                    String when = Wording.local(context, record.occurredAt());
                    return List.of(new Finding(RULE_ID, Severity.HIGH, List.of(record.id()),
                            "本案因异议自 " + from + " 起暂停催收，" + untilZh + "；该" + Wording.zh(record) + "发生于 " + when + "，处于暂停期内。",
                            "Collection on this case was paused by a dispute from " + from + " " + untilEn + "; this " + Wording.en(record) + " at " + when + " took place during the pause.",
                            SOURCE));
                })
                .orElse(List.of());
    }
}
