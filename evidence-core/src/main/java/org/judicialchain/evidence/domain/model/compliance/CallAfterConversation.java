package org.judicialchain.evidence.domain.model.compliance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.collection.Call;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;
import org.judicialchain.evidence.domain.model.collection.ContactTarget;

/**
 * US Regulation F: a collector is presumed to harass when it calls a person about a debt within
 * seven days after having had a telephone conversation with that person about it. Once the
 * debtor has spoken to the collector, further calls that week add pressure, not information.
 *
 * <p>A telephone conversation is an answered call with the debtor on the line. The regulation
 * makes "the date of the telephone conversation the first day of the seven-consecutive-day period",
 * so the period is counted in the debtor's calendar days: a conversation on day D forbids calls to
 * the debtor on D (after the conversation) through D+6, and a call on D+7 is allowed whatever the
 * hour. A call 6 days 23 hours after a 10:00 conversation therefore falls on D+7 and is allowed,
 * while one 6 days 23 hours after a 00:30 conversation falls on D+6 and is not.
 */
public final class CallAfterConversation implements CompliancePolicy {

    public static final String RULE_ID = "US-REG-F-CALL-AFTER-CONVERSATION";
    public static final String SOURCE = "12 CFR 1006.14(b)(2)(ii): a call within seven days after a telephone conversation about the debt";

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
        LocalDate today = context.local(call.occurredAt()).toLocalDate();
        LocalDate earliestConversationDay = today.minusDays(PERIOD_DAYS - 1);
        Optional<Call> conversation = Optional.empty();
        for (CollectionRecord earlier : context.priorRecordsSince(earliestConversationDay.atStartOfDay(context.debtorZone()).toInstant())) {
            if (earlier instanceof Call earlierCall && earlierCall.isConversationWithDebtor()) {
                conversation = Optional.of(earlierCall);
            }
        }
        if (conversation.isEmpty()) {
            return List.of();
        }
        Call talk = conversation.get();
        LocalDate talkDay = context.local(talk.occurredAt()).toLocalDate();
        int dayOfPeriod = (int) ChronoUnit.DAYS.between(talkDay, today) + 1;
        String talkAt = Wording.local(context, talk.occurredAt());
        String callAt = Wording.local(context, call.occurredAt());
        return List.of(new Finding(RULE_ID, Severity.MEDIUM, List.of(call.id(), talk.id()),
                "债务人于 " + talkAt + " 已就该债务与催收方通话；该电话（" + callAt + "）处于以通话日为第 1 日的 7 日期间的第 " + dayOfPeriod + " 日，推定构成骚扰。",
                "The debtor had a telephone conversation about this debt at " + talkAt + "; this call at " + callAt + " falls on day " + dayOfPeriod + " of the seven-day period that starts on the conversation date, which is presumed harassment.",
                SOURCE));
    }
}
