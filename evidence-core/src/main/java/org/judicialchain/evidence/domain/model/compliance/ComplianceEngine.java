package org.judicialchain.evidence.domain.model.compliance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the rules of a case's profile, plus the universal ones, on collection records.
 *
 * <p>Order is deterministic: the universal policies first, then the profile's, each in the order
 * given; within a policy, its findings in the order it returns them. {@link #reevaluate} walks the
 * records in {@link org.judicialchain.evidence.domain.model.collection.CollectionRecord#CHRONOLOGICAL}
 * order, so the same history always yields the same list.
 */
public final class ComplianceEngine {

    private final List<CompliancePolicy> universal;
    private final Map<RuleProfile, List<CompliancePolicy>> byProfile;

    /**
     * @param universal  policies every case gets
     * @param byProfile  the policies of each profile; every profile must be present (possibly with no policies)
     */
    public ComplianceEngine(List<CompliancePolicy> universal, Map<RuleProfile, List<CompliancePolicy>> byProfile) {
        this.universal = List.copyOf(universal);
        EnumMap<RuleProfile, List<CompliancePolicy>> copy = new EnumMap<>(RuleProfile.class);
        for (RuleProfile profile : RuleProfile.values()) {
            List<CompliancePolicy> own = byProfile.get(profile);
            if (own == null) {
                throw new IllegalArgumentException("no policies given for profile " + profile);
            }
            List<CompliancePolicy> all = new ArrayList<>(this.universal);
            all.addAll(own);
            Set<String> ids = new HashSet<>();
            for (CompliancePolicy policy : all) {
                if (!ids.add(policy.ruleId())) {
                    throw new IllegalArgumentException("rule " + policy.ruleId() + " would run twice under profile " + profile);
                }
            }
            copy.put(profile, List.copyOf(all));
        }
        this.byProfile = copy;
    }

    /** The rules in force: universal, CN-2026 and US Regulation F. */
    public static ComplianceEngine standard() {
        return new ComplianceEngine(
                List.of(new NoCollectionAfterSettlement(), new AgencyAuthorised(), new NoCollectionDuringDisputePause()),
                Map.of(
                        // AgencyAuthorised is a CN-2026 rule too; it runs once, as a universal one.
                        RuleProfile.CN_2026, List.of(new NoContactAtNight(), new UnansweredAttemptsPerDay(),
                                new ThirdPartyContact(), new EveryCallRecorded(), new VisitStaffAndRecording()),
                        RuleProfile.US_REG_F, List.of(new CallFrequency(), new CallAfterConversation(), new InconvenientTime())));
    }

    /** Every policy a case under {@code profile} is checked against, in the order they run. */
    public List<CompliancePolicy> policiesFor(RuleProfile profile) {
        return byProfile.get(profile);
    }

    /** The findings on {@link ComplianceContext#record()}, judged against what happened before it. */
    public List<Finding> check(ComplianceContext context) {
        List<Finding> findings = new ArrayList<>();
        for (CompliancePolicy policy : policiesFor(context.profile())) {
            findings.addAll(policy.check(context, context.record()));
        }
        return List.copyOf(findings);
    }

    /** The findings on every record of the case, oldest record first, each judged against the records before it. */
    public List<Finding> reevaluate(CaseHistory history) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < history.records().size(); i++) {
            findings.addAll(check(history.contextAt(i)));
        }
        return List.copyOf(findings);
    }
}
