package org.judicialchain.evidence.domain.model.compliance;

import java.time.LocalTime;
import java.util.List;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;

/**
 * CN-2026: no collection contact between 22:00 and 08:00 on the debtor's clock unless the debtor's
 * consent is on record. Night contact is the commonest form of harassment complained of, and the
 * guideline fixes the quiet hours in the debtor's local time, not the agency's.
 *
 * <p>The quiet hours are [22:00:00, 08:00:00): 21:59:59 and 08:00:00 are allowed, 22:00:00 and
 * 07:59:59 are not. Calls (answered or not), messages and visits count; letters do not (see
 * {@link DirectContact}).
 */
public final class NoContactAtNight implements CompliancePolicy {

    public static final String RULE_ID = "CN-2026-NO-CONTACT-AT-NIGHT";
    public static final String SOURCE = "CBA consumer-loan collection guideline 2026: no collection contact between 22:00 and 08:00 (debtor local time) without the debtor's consent";

    static final LocalTime QUIET_FROM = LocalTime.of(22, 0);
    static final LocalTime QUIET_UNTIL = LocalTime.of(8, 0);

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
        boolean quiet = !time.isBefore(QUIET_FROM) || time.isBefore(QUIET_UNTIL);
        if (!quiet) {
            return List.of();
        }
        String when = Wording.local(context, record.occurredAt());
        return List.of(new Finding(RULE_ID, Severity.MEDIUM, List.of(record.id()),
                "该" + Wording.zh(record) + "发生于债务人当地时间 " + when + "，处于 22:00 至次日 08:00 的禁止催收时段，且无债务人同意夜间联系的记录。",
                "This " + Wording.en(record) + " took place at " + when + " debtor local time, inside the 22:00-08:00 quiet hours, and no consent of the debtor to be contacted at night is on record.",
                SOURCE));
    }
}
