package org.judicialchain.evidence.domain.model.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.collection.Call;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;
import org.judicialchain.evidence.domain.model.collection.ContactTarget;

/**
 * US Regulation F: a collector is presumed to harass when it places telephone calls to a person
 * about a particular debt more than seven times within seven consecutive days.
 *
 * <p>The regulation counts days, not hours, so the period is seven consecutive calendar days on the
 * debtor's clock: the call's local date and the six before it. That keeps the rule stable across
 * daylight-saving changes, when a "day" is 23 or 25 hours. Every call placed to the debtor counts,
 * answered or not; the 8th within such a period, and each one after it, is a finding. Calls to third
 * parties are outside this rule. The model cannot tell a call that never connected (which
 * 1006.14(b)(3) excludes from the count) from one that rang unanswered, so it counts both.
 */
public final class CallFrequency implements CompliancePolicy {

    public static final String RULE_ID = "US-REG-F-CALL-FREQUENCY";
    public static final String SOURCE = "12 CFR 1006.14(b)(2)(i): more than seven calls within seven consecutive days";

    static final int MAX_CALLS = 7;
    static final int PERIOD_DAYS = 7;

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
        if (!(record instanceof Call call) || call.dialled() != ContactTarget.DEBTOR) {
            return List.of();
        }
        LocalDate last = context.local(call.occurredAt()).toLocalDate();
        LocalDate first = last.minusDays(PERIOD_DAYS - 1);
        List<UUID> involved = new ArrayList<>();
        involved.add(call.id());
        for (CollectionRecord earlier : context.priorRecordsSince(first.atStartOfDay(context.debtorZone()).toInstant())) {
            if (earlier instanceof Call earlierCall && earlierCall.dialled() == ContactTarget.DEBTOR) {
                involved.add(earlierCall.id());
            }
        }
        int count = involved.size();
        if (count <= MAX_CALLS) {
            return List.of();
        }
        String zone = context.debtorZone().getId();
        String when = Wording.local(context, call.occurredAt());
        return List.of(new Finding(RULE_ID, Severity.MEDIUM, involved,
                "该电话（" + when + "）是在债务人当地日期 " + first + " 至 " + last + "（" + zone + "）连续 7 日内就同一债务对债务人的第 " + count + " 次拨打，超过 7 次即推定构成骚扰。",
                "This call at " + when + " is the " + Wording.ordinal(count) + " call to the debtor about this debt within the seven consecutive days " + first + " to " + last + " (debtor local dates, " + zone + "); more than seven is presumed harassment.",
                SOURCE));
    }
}
