package org.judicialchain.evidence.domain.model.compliance;

import java.util.List;
import org.judicialchain.evidence.domain.model.collection.Call;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;

/**
 * CN-2026: every collection call is recorded in full. Without a recording neither side can prove
 * what was said, and the recording's digest is what gets anchored as evidence.
 *
 * <p>An answered call without a recording digest is MEDIUM (a conversation nobody can check); an
 * unanswered one is LOW (only the ringing or a voicemail greeting is lost).
 */
public final class EveryCallRecorded implements CompliancePolicy {

    public static final String RULE_ID = "CN-2026-EVERY-CALL-RECORDED";
    public static final String SOURCE = "CBA consumer-loan collection guideline 2026: every collection call is recorded in full";

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
        if (!(record instanceof Call call) || call.recording().isPresent()) {
            return List.of();
        }
        String when = Wording.local(context, call.occurredAt());
        String state = call.answered() ? "已接通" : "未接通";
        String stateEn = call.answered() ? "answered" : "unanswered";
        return List.of(new Finding(RULE_ID, call.answered() ? Severity.MEDIUM : Severity.LOW, List.of(call.id()),
                "该" + state + "电话（" + when + "，时长 " + call.duration().toSeconds() + " 秒）没有录音摘要，无法证明通话内容。",
                "This " + stateEn + " call at " + when + " (" + call.duration().toSeconds() + " s) has no recording digest, so what was said cannot be checked.",
                SOURCE));
    }
}
