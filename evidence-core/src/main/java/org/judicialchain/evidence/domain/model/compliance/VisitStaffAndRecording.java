package org.judicialchain.evidence.domain.model.compliance;

import java.util.ArrayList;
import java.util.List;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;
import org.judicialchain.evidence.domain.model.collection.Visit;

/**
 * CN-2026: a field visit is made by at least two staff and recorded in both audio and video. A
 * visit at the debtor's home is the most intrusive act of collection; two staff and a full
 * recording protect the debtor and the collector alike and make the visit provable.
 *
 * <p>One finding per deficient visit, listing every missing element.
 */
public final class VisitStaffAndRecording implements CompliancePolicy {

    public static final String RULE_ID = "CN-2026-VISIT-STAFF-AND-RECORDING";
    public static final String SOURCE = "CBA consumer-loan collection guideline 2026: visits by at least two staff, recorded in audio and video";

    static final int MIN_STAFF = 2;

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
        if (!(record instanceof Visit visit)) {
            return List.of();
        }
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (visit.staffCount() < MIN_STAFF) {
            zh.add("仅 " + visit.staffCount() + " 名催收人员到场（至少需 " + MIN_STAFF + " 名）");
            en.add("only " + visit.staffCount() + " staff member(s) attended (at least " + MIN_STAFF + " are required)");
        }
        if (visit.audio().isEmpty()) {
            zh.add("没有录音摘要");
            en.add("no audio recording digest");
        }
        if (visit.video().isEmpty()) {
            zh.add("没有录像摘要");
            en.add("no video recording digest");
        }
        if (zh.isEmpty()) {
            return List.of();
        }
        String when = Wording.local(context, visit.occurredAt());
        return List.of(new Finding(RULE_ID, Severity.MEDIUM, List.of(visit.id()),
                "该上门拜访（" + when + "）不合规：" + String.join("；", zh) + "。",
                "This visit at " + when + " does not comply: " + String.join("; ", en) + ".",
                SOURCE));
    }
}
