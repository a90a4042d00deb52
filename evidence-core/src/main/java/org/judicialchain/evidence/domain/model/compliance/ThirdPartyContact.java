package org.judicialchain.evidence.domain.model.compliance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.collection.Call;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;
import org.judicialchain.evidence.domain.model.collection.ContactTarget;
import org.judicialchain.evidence.domain.model.collection.Letter;
import org.judicialchain.evidence.domain.model.collection.Sms;
import org.judicialchain.evidence.domain.model.collection.Visit;

/**
 * CN-2026: third parties may be contacted only when the debtor cannot be reached, and must never
 * be told of the debt. Relatives, employers and emergency contacts owe nothing; contacting them is
 * a last resort for finding the debtor, and telling them of the debt exposes the debtor.
 *
 * <p>The guideline does not define "unreachable"; this rule does, so that it can be checked from
 * the records alone. At the time of the contact the debtor is unreachable when both hold:
 * <ul>
 *   <li>no call reached the debtor (answered, debtor on the line) in the last 30 days, that is in
 *       [t - 30 x 24 h, t); and</li>
 *   <li>at least 3 call attempts on the debtor's number failed (unanswered, or answered by someone
 *       else) in the last 7 days, [t - 7 x 24 h, t).</li>
 * </ul>
 * It applies to calls dialled to, and messages or letters addressed to, a third party. A call to the
 * debtor's number that someone else answered is not a chosen third-party contact, so only the
 * disclosure part applies to it. Disclosure of the debt to a third party is always a finding.
 */
public final class ThirdPartyContact implements CompliancePolicy {

    public static final String RULE_ID = "CN-2026-THIRD-PARTY-CONTACT";
    public static final String SOURCE = "CBA consumer-loan collection guideline 2026: contact third parties only when the debtor is unreachable, and never disclose the debt to them";

    static final Duration REACHED_WINDOW = Duration.ofDays(30);
    static final Duration ATTEMPT_WINDOW = Duration.ofDays(7);
    static final int FAILED_ATTEMPTS_NEEDED = 3;

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
        boolean aimedAtThirdParty;
        boolean disclosed;
        switch (record) {
            case Call call -> {
                aimedAtThirdParty = call.dialled() == ContactTarget.THIRD_PARTY;
                disclosed = call.debtDisclosedToThirdParty();
            }
            case Sms sms -> {
                aimedAtThirdParty = sms.recipient() == ContactTarget.THIRD_PARTY;
                disclosed = sms.debtDisclosedToThirdParty();
            }
            case Letter letter -> {
                aimedAtThirdParty = letter.addressee() == ContactTarget.THIRD_PARTY;
                disclosed = letter.debtDisclosedToThirdParty();
            }
            case Visit visit -> {
                return List.of();
            }
        }
        List<Finding> findings = new ArrayList<>(2);
        if (aimedAtThirdParty) {
            reachableDebtor(context, record).ifPresent(findings::add);
        }
        if (disclosed) {
            findings.add(new Finding(RULE_ID, Severity.HIGH, List.of(record.id()),
                    "该" + Wording.zh(record) + "（" + Wording.local(context, record.occurredAt()) + "）向第三人透露了债务情况，催收不得向第三人披露债务。",
                    "This " + Wording.en(record) + " at " + Wording.local(context, record.occurredAt()) + " disclosed the debt to a third party; a debt must never be disclosed to third parties.",
                    SOURCE));
        }
        return findings;
    }

    /** A finding when the debtor was still reachable at the time of the third-party contact. */
    private Optional<Finding> reachableDebtor(ComplianceContext context, CollectionRecord record) {
        Instant at = record.occurredAt();
        Optional<Call> lastConversation = Optional.empty();
        for (CollectionRecord earlier : context.priorRecordsSince(at.minus(REACHED_WINDOW))) {
            if (earlier instanceof Call call && call.isConversationWithDebtor()) {
                lastConversation = Optional.of(call);
            }
        }
        List<UUID> failedAttempts = new ArrayList<>();
        for (CollectionRecord earlier : context.priorRecordsSince(at.minus(ATTEMPT_WINDOW))) {
            if (earlier instanceof Call call && call.isFailedAttemptOnDebtor()) {
                failedAttempts.add(call.id());
            }
        }
        boolean enoughAttempts = failedAttempts.size() >= FAILED_ATTEMPTS_NEEDED;
        if (lastConversation.isEmpty() && enoughAttempts) {
            return Optional.empty();
        }
        List<UUID> involved = new ArrayList<>();
        involved.add(record.id());
        List<String> reasonsZh = new ArrayList<>();
        List<String> reasonsEn = new ArrayList<>();
        lastConversation.ifPresent(call -> {
            involved.add(call.id());
            String when = Wording.local(context, call.occurredAt());
            reasonsZh.add("债务人于 " + when + " 接听过催收电话（30 日内）");
            reasonsEn.add("the debtor answered a collection call at " + when + ", within the last 30 days");
        });
        if (!enoughAttempts) {
            involved.addAll(failedAttempts);
            reasonsZh.add("此前 7 日内对债务人仅有 " + failedAttempts.size() + " 次未接通拨打（至少需 " + FAILED_ATTEMPTS_NEEDED + " 次）");
            reasonsEn.add("only " + failedAttempts.size() + " failed call attempt(s) on the debtor's number in the preceding 7 days (at least " + FAILED_ATTEMPTS_NEEDED + " are needed)");
        }
        String when = Wording.local(context, at);
        return Optional.of(new Finding(RULE_ID, Severity.MEDIUM, involved,
                "该" + Wording.zh(record) + "于 " + when + " 联系了第三人，但债务人当时并非无法联系：" + String.join("；", reasonsZh) + "。",
                "This " + Wording.en(record) + " contacted a third party at " + when + " although the debtor was not unreachable: " + String.join("; ", reasonsEn) + ".",
                SOURCE));
    }
}
