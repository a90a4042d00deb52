package org.judicialchain.portal.infrastructure.persistence.lifecycle;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.lifecycle.EscalationPolicy;
import org.judicialchain.portal.domain.lifecycle.EscalationRecords;
import org.judicialchain.portal.infrastructure.persistence.Sql;
import org.judicialchain.portal.infrastructure.persistence.Timestamps;

/** The escalation policy versions and the steps taken on each case. Callers hold the transaction. */
@ApplicationScoped
public class JdbiEscalationRecords implements EscalationRecords {

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    public void rememberPolicy(EscalationPolicy policy, Instant now) {
        Sql.update(dataSource, "insert into escalation_policy (digest, text, created_at) values (?, ?, ?) on conflict do nothing",
                policy.digest().toByteArray(), policy.canonicalText(), Timestamps.of(now));
    }

    /** Up to {@code max} candidates, locked (SKIP LOCKED: several instances share the work), marked as looked at today. */
    public List<Candidate> claimCandidates(LocalDate today, LocalDate dueOnOrBefore, int max) {
        List<Candidate> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update loan_case set escalation_checked = ? where case_ref in ("
                     + " select case_ref from loan_case where state in ('OVERDUE', 'REMINDED', 'ESCALATED') and due_date <= ?"
                     + " and (escalation_checked is null or escalation_checked < ?) order by due_date limit ?"
                     + " for update skip locked) returning case_ref, due_date,"
                     + " (select string_agg(step, ',') from escalation_step e where e.case_ref = loan_case.case_ref)")) {
            s.setObject(1, today);
            s.setObject(2, dueOnOrBefore);
            s.setObject(3, today);
            s.setInt(4, max);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Set<EscalationPolicy.Action> taken = EnumSet.noneOf(EscalationPolicy.Action.class);
                    String steps = rs.getString(3);
                    if (steps != null) {
                        for (String step : steps.split(",")) {
                            taken.add(EscalationPolicy.Action.valueOf(step));
                        }
                    }
                    out.add(new Candidate(rs.getString(1), rs.getObject(2, LocalDate.class), taken));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("claiming cases to escalate failed", e);
        }
    }

    public void recordStep(String caseRef, EscalationPolicy.Step step, long daysOverdue, Bytes32 policyDigest, Instant now) {
        Sql.update(dataSource, "insert into escalation_step (case_ref, step, policy_digest, days_overdue, executed_at)"
                + " values (?, ?, ?, ?, ?)", caseRef, step.action().name(), policyDigest.toByteArray(), (int) daysOverdue,
                Timestamps.of(now));
    }

    /** Cases the policy referred to the court that are still being collected (the court has not taken them). */
    public List<String> referredAwaitingCourt(int limit) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select e.case_ref from escalation_step e join loan_case l"
                     + " on l.case_ref = e.case_ref where e.step = 'JUDICIAL_REFERRAL'"
                     + " and l.state in ('OVERDUE', 'REMINDED', 'ESCALATED') order by e.executed_at limit ?")) {
            s.setInt(1, limit);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading referred cases failed", e);
        }
    }

    public List<TakenStep> stepsOf(String caseRef) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select step, days_overdue, executed_at, policy_digest from escalation_step"
                     + " where case_ref = ? order by executed_at")) {
            s.setString(1, caseRef);
            List<TakenStep> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new TakenStep(rs.getString(1), rs.getInt(2), Timestamps.instant(rs, 3), Bytes32.of(rs.getBytes(4))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading escalation steps failed", e);
        }
    }
}
