package org.judicialchain.portal.infrastructure.persistence.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.lifecycle.EscalationPolicy;
import org.judicialchain.portal.domain.lifecycle.EscalationRecords;
import org.judicialchain.portal.infrastructure.persistence.Database;

/** The escalation policy versions and the steps taken on each case. Callers hold the transaction. */
@ApplicationScoped
public class JdbiEscalationRecords implements EscalationRecords {

    @Inject
    Database database;

    @Override
    public void rememberPolicy(EscalationPolicy policy, Instant now) {
        database.jdbi().useHandle(h -> h.createUpdate("insert into escalation_policy (digest, text, created_at)"
                        + " values (:digest, :text, :now) on conflict do nothing")
                .bind("digest", policy.digest().toByteArray()).bind("text", policy.canonicalText()).bind("now", now).execute());
    }

    /** Up to {@code max} candidates, locked (SKIP LOCKED: several instances share the work), marked as looked at today. */
    @Override
    public List<Candidate> claimCandidates(LocalDate today, LocalDate dueOnOrBefore, int max) {
        return database.jdbi().withHandle(h -> h.createQuery("update loan_case set escalation_checked = :today where case_ref in ("
                        + " select case_ref from loan_case where state in ('OVERDUE', 'REMINDED', 'ESCALATED') and due_date <= :due"
                        + " and (escalation_checked is null or escalation_checked < :today) order by due_date limit :max"
                        + " for update skip locked) returning case_ref, due_date,"
                        + " (select string_agg(step, ',') from escalation_step e where e.case_ref = loan_case.case_ref) as steps")
                .bind("today", today).bind("due", dueOnOrBefore).bind("max", max)
                .map((rs, ctx) -> new Candidate(rs.getString("case_ref"), rs.getObject("due_date", LocalDate.class),
                        actions(rs.getString("steps"))))
                .list());
    }

    /** The actions a comma-separated list of steps names (none for null). */
    static Set<EscalationPolicy.Action> actions(String steps) {
        Set<EscalationPolicy.Action> taken = EnumSet.noneOf(EscalationPolicy.Action.class);
        if (steps != null) {
            for (String step : steps.split(",")) {
                taken.add(EscalationPolicy.Action.valueOf(step));
            }
        }
        return taken;
    }

    @Override
    public void recordStep(String caseRef, EscalationPolicy.Step step, long daysOverdue, Bytes32 policyDigest, Instant now) {
        database.jdbi().useHandle(h -> h.createUpdate("insert into escalation_step (case_ref, step, policy_digest, days_overdue,"
                        + " executed_at) values (:caseRef, :step, :digest, :days, :now)")
                .bind("caseRef", caseRef).bind("step", step.action().name()).bind("digest", policyDigest.toByteArray())
                .bind("days", (int) daysOverdue).bind("now", now).execute());
    }

    /** Cases the policy referred to the court that are still being collected (the court has not taken them). */
    @Override
    public List<String> referredAwaitingCourt(int limit) {
        return database.jdbi().withHandle(h -> h.createQuery("select e.case_ref from escalation_step e join loan_case l"
                        + " on l.case_ref = e.case_ref where e.step = 'JUDICIAL_REFERRAL'"
                        + " and l.state in ('OVERDUE', 'REMINDED', 'ESCALATED') order by e.executed_at limit :limit")
                .bind("limit", limit).mapTo(String.class).list());
    }

    @Override
    public List<TakenStep> stepsOf(String caseRef) {
        return database.jdbi().withHandle(h -> h.createQuery("select step, days_overdue, executed_at, policy_digest"
                        + " from escalation_step where case_ref = :caseRef order by executed_at")
                .bind("caseRef", caseRef)
                .map((rs, ctx) -> new TakenStep(rs.getString("step"), rs.getInt("days_overdue"), Database.instant(rs, "executed_at"),
                        Bytes32.of(rs.getBytes("policy_digest"))))
                .list());
    }
}
