package org.judicialchain.evidence.domain.model.compliance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;

/**
 * Universal: no collection once the debt is settled. Collecting a paid debt (repeat collection) is
 * the plainest abuse there is, whatever the profile.
 *
 * <p>A record strictly after {@code settledAt} is a finding; one at the settlement instant itself is
 * not, since nobody could yet know the balance had reached zero.
 */
public final class NoCollectionAfterSettlement implements CompliancePolicy {

    public static final String RULE_ID = "UNIVERSAL-NO-COLLECTION-AFTER-SETTLEMENT";
    public static final String SOURCE = "Universal rule (all profiles): collection ends when the debt is settled; any later action is repeat collection";

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
        if (context.settledAt().isEmpty() || !record.occurredAt().isAfter(context.settledAt().get())) {
            return List.of();
        }
        Instant settled = context.settledAt().get();
        String settledLocal = Wording.local(context, settled);
        String when = Wording.local(context, record.occurredAt());
        String after = describe(Duration.between(settled, record.occurredAt()));
        return List.of(new Finding(RULE_ID, Severity.HIGH, List.of(record.id()),
                "该案已于 " + settledLocal + " 结清；该" + Wording.zh(record) + "发生于 " + when + "（结清后 " + after + "），属于重复催收。",
                "The case was settled at " + settledLocal + "; this " + Wording.en(record) + " at " + when + " came " + after + " after settlement and is repeat collection.",
                SOURCE));
    }

    private static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds == 0) {
            return duration.toMillis() + " ms";
        }
        return duration.toDaysPart() + "d " + duration.toHoursPart() + "h " + duration.toMinutesPart() + "m " + duration.toSecondsPart() + "s";
    }
}
