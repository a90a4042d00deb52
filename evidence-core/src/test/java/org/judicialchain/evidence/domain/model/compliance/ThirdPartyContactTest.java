package org.judicialchain.evidence.domain.model.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.SHANGHAI;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.call;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.context;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.local;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.judicialchain.evidence.domain.model.collection.Call;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;
import org.judicialchain.evidence.domain.model.collection.ContactTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThirdPartyContactTest {

    private static final Instant AT = local("2026-03-20T10:00:00", SHANGHAI);

    private final ThirdPartyContact policy = new ThirdPartyContact();

    @ParameterizedTest(name = "conversation {0} ago, failed attempts {1} ago, {2} disclosed={3} -> reachable={4} disclosure={5}")
    @CsvSource(nullValues = "-", value = {
            // lastConversationAgo, failedAttemptsAgo, kind, disclosed, reachableFinding, disclosureFinding
            "-,          P1D;P2D;P3D,          CALL,   false, false, false",  // unreachable: third party allowed
            "-,          P1D;P2D,              CALL,   false, true,  false",  // only 2 failed attempts
            "-,          -,                    CALL,   false, true,  false",  // never tried the debtor
            "-,          P1D;P2D;P7D,          CALL,   false, false, false",  // an attempt exactly 7 days before counts
            "-,          P1D;P2D;PT168H1S,     CALL,   false, true,  false",  // 7 days and 1 s before does not
            "P30D,       P1D;P2D;P3D,          CALL,   false, true,  false",  // a conversation exactly 30 days before: reachable
            "PT720H1S,   P1D;P2D;P3D,          CALL,   false, false, false",  // 30 days and 1 s before: unreachable
            "P10D,       P1D;P2D;P3D,          CALL,   false, true,  false",
            "P10D,       P1D,                  CALL,   false, true,  false",  // both reasons
            "-,          P1D;P2D;P3D,          CALL,   true,  false, true",   // unreachable, but the debt is disclosed
            "P1D,        -,                    CALL,   true,  true,  true",
            "-,          P1D;P2D;P3D,          SMS,    false, false, false",
            "-,          P1D,                  SMS,    false, true,  false",
            "-,          P1D;P2D;P3D,          SMS,    true,  false, true",
            "-,          P1D;P2D;P3D,          LETTER, false, false, false",
            "P5D,        -,                    LETTER, false, true,  false",
            "-,          P1D;P2D;P3D,          LETTER, true,  false, true",
    })
    void thirdPartiesOnlyWhenTheDebtorIsUnreachableAndNeverTold(String conversationAgo, String failedAgo, String kind,
                                                               boolean disclosed, boolean reachableFinding, boolean disclosureFinding) {
        List<CollectionRecord> history = new ArrayList<>();
        if (conversationAgo != null) {
            history.add(call(AT.minus(Duration.parse(conversationAgo))).answeredBy(ContactTarget.DEBTOR).build());
        }
        if (failedAgo != null) {
            for (String ago : failedAgo.split(";")) {
                history.add(call(AT.minus(Duration.parse(ago))).build());
            }
        }
        CollectionRecord contact = switch (kind) {
            case "CALL" -> disclosed
                    ? call(AT).toThirdParty().answeredBy(ContactTarget.THIRD_PARTY).disclosed().build()
                    : call(AT).toThirdParty().answeredBy(ContactTarget.THIRD_PARTY).build();
            case "SMS" -> Fixtures.sms(AT, ContactTarget.THIRD_PARTY, disclosed, false);
            case "LETTER" -> Fixtures.letter(AT, ContactTarget.THIRD_PARTY, disclosed);
            default -> throw new IllegalArgumentException(kind);
        };

        List<Finding> findings = policy.check(context(RuleProfile.CN_2026, SHANGHAI).history(history).of(contact), contact);

        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.ruleId()).isEqualTo(ThirdPartyContact.RULE_ID);
            assertThat(finding.subject()).isEqualTo(contact.id());
        });
        assertThat(findings.stream().anyMatch(finding -> finding.severity() == Severity.MEDIUM))
                .as("debtor reachable finding").isEqualTo(reachableFinding);
        assertThat(findings.stream().anyMatch(finding -> finding.severity() == Severity.HIGH))
                .as("disclosure finding").isEqualTo(disclosureFinding);
        findings.stream().filter(finding -> finding.severity() == Severity.MEDIUM).forEach(finding -> {
            assertThat(finding.explanationEn()).contains("2026-03-20 10:00:00 +08:00 (Asia/Shanghai)").contains("not unreachable");
            if (conversationAgo != null) {
                String when = Wording.local(context(RuleProfile.CN_2026, SHANGHAI).of(contact), AT.minus(Duration.parse(conversationAgo)));
                assertThat(finding.explanationEn()).contains("the debtor answered a collection call at " + when);
                assertThat(finding.explanationZh()).contains("债务人于 " + when + " 接听过催收电话");
            }
        });
        findings.stream().filter(finding -> finding.severity() == Severity.HIGH).forEach(finding -> {
            assertThat(finding.explanationEn()).contains("disclosed the debt to a third party");
            assertThat(finding.explanationZh()).contains("向第三人透露了债务情况");
        });
    }

    @Test
    void aDebtorNumberAnsweredBySomeoneElseIsAFailedAttemptAndNoChosenThirdPartyContact() {
        List<Call> history = List.of(
                call(AT.minus(Duration.ofDays(1))).answeredBy(ContactTarget.THIRD_PARTY).build(),
                call(AT.minus(Duration.ofDays(2))).build(),
                call(AT.minus(Duration.ofDays(3))).build());
        Call toRelative = call(AT).toThirdParty().answeredBy(ContactTarget.THIRD_PARTY).build();
        assertThat(policy.check(context(RuleProfile.CN_2026, SHANGHAI).history(history).of(toRelative), toRelative)).isEmpty();

        Call debtorNumberRelativeAnswers = call(AT).answeredBy(ContactTarget.THIRD_PARTY).build();
        assertThat(policy.check(context(RuleProfile.CN_2026, SHANGHAI).of(debtorNumberRelativeAnswers), debtorNumberRelativeAnswers))
                .as("no chosen third-party contact, nothing disclosed").isEmpty();

        Call debtorNumberRelativeTold = call(AT).answeredBy(ContactTarget.THIRD_PARTY).disclosed().build();
        assertThat(policy.check(context(RuleProfile.CN_2026, SHANGHAI).of(debtorNumberRelativeTold), debtorNumberRelativeTold))
                .singleElement().extracting(Finding::severity).isEqualTo(Severity.HIGH);
    }

    @Test
    void visitsAreOutsideThisRule() {
        CollectionRecord visit = Fixtures.visit(AT, 2, true, true);
        assertThat(policy.check(context(RuleProfile.CN_2026, SHANGHAI).of(visit), visit)).isEmpty();
    }
}
