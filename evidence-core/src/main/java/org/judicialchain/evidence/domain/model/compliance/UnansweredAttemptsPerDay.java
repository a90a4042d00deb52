package org.judicialchain.evidence.domain.model.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.collection.Call;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;

/**
 * CN-2026: at most 6 unanswered call attempts per day. Redialling someone who does not pick up is
 * pressure, not communication; the guideline caps it per calendar day on the debtor's clock.
 *
 * <p>Counted per case (every number dialled on the debt, debtor's and third parties'), on the
 * debtor's local calendar day. The 7th unanswered attempt of a day, and each one after it, is a
 * finding; the count starts again at local midnight.
 */
public final class UnansweredAttemptsPerDay implements CompliancePolicy {

    public static final String RULE_ID = "CN-2026-UNANSWERED-ATTEMPTS-PER-DAY";
    public static final String SOURCE = "CBA consumer-loan collection guideline 2026: at most 6 unanswered call attempts per day";

    static final int DAILY_LIMIT = 6;

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
        if (!(record instanceof Call call) || call.answered()) {
            return List.of();
        }
        LocalDate day = context.local(call.occurredAt()).toLocalDate();
        Instant dayStart = day.atStartOfDay(context.debtorZone()).toInstant();
        List<UUID> involved = new ArrayList<>();
        involved.add(call.id());
        for (CollectionRecord earlier : context.priorRecordsSince(dayStart)) {
            if (earlier instanceof Call earlierCall && !earlierCall.answered()) {
                involved.add(earlierCall.id());
            }
        }
        int attempt = involved.size();
        if (attempt <= DAILY_LIMIT) {
            return List.of();
        }
        String zone = context.debtorZone().getId();
        return List.of(new Finding(RULE_ID, Severity.MEDIUM, involved,
                "该电话是债务人当地日期 " + day + "（" + zone + "）的第 " + attempt + " 次未接通拨打，超过每日最多 " + DAILY_LIMIT + " 次的上限。",
                "This is the " + Wording.ordinal(attempt) + " unanswered call attempt on " + day + " (debtor local date, " + zone + "); at most " + DAILY_LIMIT + " are allowed per day.",
                SOURCE));
    }
}
