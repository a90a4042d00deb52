package org.judicialchain.evidence.domain.model.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.NEW_YORK;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.SHANGHAI;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.call;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.context;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.local;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.judicialchain.evidence.domain.model.collection.Call;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;
import org.judicialchain.evidence.domain.model.collection.ContactTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComplianceEngineTest {

    private final ComplianceEngine engine = ComplianceEngine.standard();

    @Test
    void eachProfileGetsTheUniversalRulesFirstThenItsOwnAndAgencyAuthorisedOnlyOnce() {
        assertThat(engine.policiesFor(RuleProfile.CN_2026)).extracting(CompliancePolicy::ruleId).containsExactly(
                NoCollectionAfterSettlement.RULE_ID, AgencyAuthorised.RULE_ID, NoCollectionDuringDisputePause.RULE_ID,
                NoContactAtNight.RULE_ID, UnansweredAttemptsPerDay.RULE_ID, ThirdPartyContact.RULE_ID,
                EveryCallRecorded.RULE_ID, VisitStaffAndRecording.RULE_ID);
        assertThat(engine.policiesFor(RuleProfile.US_REG_F)).extracting(CompliancePolicy::ruleId).containsExactly(
                NoCollectionAfterSettlement.RULE_ID, AgencyAuthorised.RULE_ID, NoCollectionDuringDisputePause.RULE_ID,
                CallFrequency.RULE_ID, CallAfterConversation.RULE_ID, InconvenientTime.RULE_ID);
        assertThat(engine.policiesFor(RuleProfile.CN_2026)).allSatisfy(policy -> assertThat(policy.source()).isNotBlank());
    }

    @ParameterizedTest(name = "an unrecorded call at 21:30 in {0} under {1} -> {2}")
    @CsvSource({
            "Asia/Shanghai,    CN_2026,  CN-2026-EVERY-CALL-RECORDED",
            "America/New_York, US_REG_F, US-REG-F-INCONVENIENT-TIME",
            "America/New_York, CN_2026,  CN-2026-EVERY-CALL-RECORDED",
    })
    void theCasesProfileDecidesWhichRulesRun(String zone, RuleProfile profile, String expectedRule) {
        ZoneId debtorZone = ZoneId.of(zone);
        Call call = call(local("2026-06-10T21:30:00", debtorZone)).unrecorded().build();

        List<Finding> findings = engine.check(context(profile, debtorZone).of(call));

        assertThat(findings).extracting(Finding::ruleId).containsExactly(expectedRule);
    }

    @Test
    void findingsComeInPolicyOrder() {
        Instant settled = local("2026-06-01T12:00:00", SHANGHAI);
        Call late = call(local("2026-06-10T23:00:00", SHANGHAI)).by("agency-x").unrecorded().build();

        List<Finding> findings = engine.check(context(RuleProfile.CN_2026, SHANGHAI)
                .settledAt(settled)
                .pause(DisputePause.since(local("2026-06-05T00:00:00", SHANGHAI)))
                .of(late));

        assertThat(findings).extracting(Finding::ruleId).containsExactly(
                NoCollectionAfterSettlement.RULE_ID, AgencyAuthorised.RULE_ID, NoCollectionDuringDisputePause.RULE_ID,
                NoContactAtNight.RULE_ID, EveryCallRecorded.RULE_ID);
        assertThat(findings).extracting(Finding::severity).containsExactly(
                Severity.HIGH, Severity.HIGH, Severity.HIGH, Severity.MEDIUM, Severity.LOW);
        assertThat(findings).allSatisfy(finding -> assertThat(finding.subject()).isEqualTo(late.id()));
        assertThat(engine.check(context(RuleProfile.CN_2026, SHANGHAI).settledAt(settled)
                .pause(DisputePause.since(local("2026-06-05T00:00:00", SHANGHAI))).of(late))).isEqualTo(findings);
    }

    @Test
    void aCompliantRecordHasNoFindings() {
        Call fine = call(local("2026-06-10T10:00:00", SHANGHAI)).answeredBy(ContactTarget.DEBTOR).build();
        assertThat(engine.check(context(RuleProfile.CN_2026, SHANGHAI).of(fine))).isEmpty();
        assertThat(engine.check(context(RuleProfile.US_REG_F, SHANGHAI).of(fine))).isEmpty();
    }

    /** Eight unanswered calls to the debtor, one a day at 10:00 New York time, then an answered one and a follow-up. */
    private static List<CollectionRecord> aWeekOfDailyCalls() {
        List<CollectionRecord> records = new ArrayList<>();
        for (int day = 1; day <= 8; day++) {
            records.add(call(local("2026-06-0" + day + "T10:00:00", NEW_YORK)).build());
        }
        records.add(call(local("2026-06-08T11:00:00", NEW_YORK)).answeredBy(ContactTarget.DEBTOR).build());
        records.add(call(local("2026-06-09T10:00:00", NEW_YORK)).build());
        return records;
    }

    @Test
    void reevaluateRunsTheNewProfileOverTheWholeHistoryInTimeOrder() {
        List<CollectionRecord> records = aWeekOfDailyCalls();
        CaseHistory underCn = context(RuleProfile.CN_2026, NEW_YORK).history(records).all();

        assertThat(engine.reevaluate(underCn)).as("one unanswered call a day, recorded, in daytime").isEmpty();

        List<Finding> underRegF = engine.reevaluate(underCn.withProfile(RuleProfile.US_REG_F));

        // Each 7-day period of daily calls holds seven: compliant. 8 June 11:00 is the 8th call in 2-8 June;
        // 9 June 10:00 is the 8th in 3-9 June and falls on day 2 of the period after the 8 June conversation.
        assertThat(underRegF).extracting(Finding::ruleId, Finding::subject).containsExactly(
                tuple(CallFrequency.RULE_ID, records.get(8).id()),
                tuple(CallFrequency.RULE_ID, records.get(9).id()),
                tuple(CallAfterConversation.RULE_ID, records.get(9).id()));
        assertThat(underRegF.get(0).recordIds()).hasSize(8).first().isEqualTo(records.get(8).id());
        assertThat(underRegF.get(1).recordIds()).hasSize(8);
        assertThat(underRegF.get(2).recordIds()).containsExactly(records.get(9).id(), records.get(8).id());
        assertThat(underRegF.get(2).explanationEn()).contains("day 2 of the seven-day period");
    }

    @Test
    void reevaluateIsDeterministicWhateverTheInputOrder() {
        List<CollectionRecord> records = aWeekOfDailyCalls();
        // Two records at the same instant: the id decides which comes first, in every run.
        records.add(call(local("2026-06-09T10:00:00", NEW_YORK)).build());
        List<CollectionRecord> shuffled = new ArrayList<>(records);
        Collections.reverse(shuffled);

        List<Finding> inOrder = engine.reevaluate(context(RuleProfile.US_REG_F, NEW_YORK).history(records).all());
        List<Finding> reversed = engine.reevaluate(context(RuleProfile.US_REG_F, NEW_YORK).history(shuffled).all());

        assertThat(reversed).isEqualTo(inOrder);
    }

    @Test
    void reevaluateAgreesWithCheckingEachRecordAsItArrived() {
        List<CollectionRecord> records = aWeekOfDailyCalls();
        List<Finding> oneByOne = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            oneByOne.addAll(engine.check(context(RuleProfile.US_REG_F, NEW_YORK).history(records.subList(0, i)).of(records.get(i))));
        }
        assertThat(engine.reevaluate(context(RuleProfile.US_REG_F, NEW_YORK).history(records).all())).isEqualTo(oneByOne);
    }

    @Test
    void aRecordLoggedLateIsJudgedAsOfItsOwnTimeAndReevaluateCatchesTheRest() {
        List<CollectionRecord> records = aWeekOfDailyCalls().subList(1, 8); // 2 to 8 June, seven calls
        Call backdated = call(local("2026-06-04T15:00:00", NEW_YORK)).build();

        assertThat(engine.check(context(RuleProfile.US_REG_F, NEW_YORK).history(records).of(backdated)))
                .as("only 2 and 3 June came before it").isEmpty();

        List<CollectionRecord> all = new ArrayList<>(records);
        all.add(backdated);
        assertThat(engine.reevaluate(context(RuleProfile.US_REG_F, NEW_YORK).history(all).all()))
                .extracting(Finding::ruleId, Finding::subject)
                .containsExactly(tuple(CallFrequency.RULE_ID, records.get(6).id()));
    }

    @Test
    void settlementAndPausesApplyOverTheWholeHistory() {
        Instant settled = local("2026-06-05T12:00:00", SHANGHAI);
        List<CollectionRecord> records = List.of(
                call(settled.minus(Duration.ofHours(1))).build(),
                call(settled.plus(Duration.ofHours(1))).build(),
                Fixtures.sms(settled.plus(Duration.ofDays(1)), ContactTarget.DEBTOR, false, false));

        List<Finding> findings = engine.reevaluate(context(RuleProfile.CN_2026, SHANGHAI).settledAt(settled).history(records).all());

        assertThat(findings).extracting(Finding::ruleId).containsOnly(NoCollectionAfterSettlement.RULE_ID);
        assertThat(findings).extracting(Finding::subject).containsExactly(records.get(1).id(), records.get(2).id());
    }

    @Test
    void refusesAProfileWithoutPoliciesOrARuleThatWouldRunTwice() {
        assertThatThrownBy(() -> new ComplianceEngine(List.of(new AgencyAuthorised()), Map.of(RuleProfile.CN_2026, List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("US_REG_F");
        assertThatThrownBy(() -> new ComplianceEngine(List.of(new AgencyAuthorised()),
                Map.of(RuleProfile.CN_2026, List.of(new AgencyAuthorised()), RuleProfile.US_REG_F, List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(AgencyAuthorised.RULE_ID + " would run twice");
    }
}
