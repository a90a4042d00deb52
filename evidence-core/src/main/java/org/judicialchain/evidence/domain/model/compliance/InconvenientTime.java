package org.judicialchain.evidence.domain.model.compliance;

import java.time.LocalTime;
import java.util.List;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;

/**
 * US Regulation F: absent knowledge to the contrary, the convenient time to communicate with a
 * consumer is after 8:00 a.m. and before 9:00 p.m. at the consumer's location; other times are
 * presumed inconvenient and need the consumer's prior consent.
 *
 * <p>Decision on the edges: the convenient window is [08:00:00, 21:00:00) on the debtor's clock.
 * 21:00:00 exactly is inconvenient, because it is not "before 9:00 p.m."; 08:00:00 exactly is
 * treated as convenient, reading "8:00 a.m." as the minute that opens the window (the same
 * half-open convention as the CN quiet hours), so 07:59:59 is a finding and 08:00:00 is not. The
 * local time comes from the zone rules, so the window follows daylight-saving changes. Calls,
 * messages and visits count; letters do not (see {@link DirectContact}).
 */
public final class InconvenientTime implements CompliancePolicy {

    public static final String RULE_ID = "US-REG-F-INCONVENIENT-TIME";
    public static final String SOURCE = "12 CFR 1006.6(b)(1)(i): communication at a time presumed inconvenient, before 8:00 a.m. or after 9:00 p.m. at the consumer's location";

    static final LocalTime CONVENIENT_FROM = LocalTime.of(8, 0);
    static final LocalTime CONVENIENT_UNTIL = LocalTime.of(21, 0);

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
        if (!DirectContact.isDirect(record) || DirectContact.hasLateContactConsent(record)) {
            return List.of();
        }
        LocalTime time = context.local(record.occurredAt()).toLocalTime();
        if (!time.isBefore(CONVENIENT_FROM) && time.isBefore(CONVENIENT_UNTIL)) {
            return List.of();
        }
        String when = Wording.local(context, record.occurredAt());
        return List.of(new Finding(RULE_ID, Severity.MEDIUM, List.of(record.id()),
                "该" + Wording.zh(record) + "发生于债务人当地时间 " + when + "，不在推定方便的 08:00 至 21:00 之间，且无债务人事先同意的记录。",
                "This " + Wording.en(record) + " took place at " + when + " debtor local time, outside the presumed convenient hours of 8:00 a.m. to 9:00 p.m., and no prior consent of the debtor is on record.",
                SOURCE));
    }
}
