package org.judicialchain.portal.domain.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.lifecycle.EscalationPolicy;

/** The escalation policy in force and the steps it took on each case. */
public interface EscalationRecords {

    /** A case to look at today: still being collected, due long enough ago, not yet looked at today. */
    record Candidate(String caseRef, LocalDate dueDate, Set<EscalationPolicy.Action> taken) {
    }

    record TakenStep(String step, int daysOverdue, Instant executedAt, Bytes32 policyDigest) {
    }

    void rememberPolicy(EscalationPolicy policy, Instant now);

    /** Up to {@code max} candidates, locked (SKIP LOCKED: several instances share the work), marked as looked at today. */
    List<Candidate> claimCandidates(LocalDate today, LocalDate dueOnOrBefore, int max);

    void recordStep(String caseRef, EscalationPolicy.Step step, long daysOverdue, Bytes32 policyDigest, Instant now);

    /** Cases the policy referred to the court that are still being collected (the court has not taken them). */
    List<String> referredAwaitingCourt(int limit);

    List<TakenStep> stepsOf(String caseRef);
}
