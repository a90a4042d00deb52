package org.judicialchain.portal.infrastructure.persistence.disputes;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.judicialchain.evidence.domain.model.compliance.DisputePause;
import org.judicialchain.portal.domain.disputes.ObjectionRow;
import org.judicialchain.portal.domain.disputes.Objections;
import org.judicialchain.portal.infrastructure.persistence.Sql;
import org.judicialchain.portal.infrastructure.persistence.Timestamps;

/** Objections and their responses in PostgreSQL. Callers hold the transaction. */
@ApplicationScoped
public class JdbcObjections implements Objections {

    private static final String COLUMNS = "id, reference, case_ref, debtor_party_id, type, statement, cited_records,"
            + " cited_findings, attachments, status, filed_at, response_due_at, pause_from, pause_to, assigned_to,"
            + " assigned_court, assigned_at, outcome, reasons, adjusted_principal, decided_by, decided_at, decision_document";

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    /** A reference a debtor can read out on the phone: OBJ-2026-000042. */
    public String nextReference(int year) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select nextval('objection_reference_seq')");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return String.format("OBJ-%d-%06d", year, rs.getLong(1));
        } catch (SQLException e) {
            throw new IllegalStateException("drawing an objection reference failed", e);
        }
    }

    public void add(ObjectionRow o) {
        Sql.update(dataSource, "insert into objection (id, reference, case_ref, debtor_party_id, type, statement, cited_records,"
                        + " cited_findings, attachments, status, filed_at, response_due_at, pause_from)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", o.id(), o.reference(), o.caseRef(), o.debtorPartyId(),
                o.type(), o.statement(), String.join(",", o.citedRecords()), String.join(",", o.citedFindings()),
                String.join(",", o.attachments()), o.status(), Timestamps.of(o.filedAt()), Timestamps.of(o.responseDueAt()),
                o.pauseFrom() == null ? null : Timestamps.of(o.pauseFrom()));
    }

    public void addResponse(UUID objectionId, ObjectionRow.Response r) {
        Sql.update(dataSource, "insert into objection_response (id, objection_id, institution, role, statement, evidence_ids,"
                        + " responded_by, responded_at) values (?, ?, ?, ?, ?, ?, ?, ?)", r.id(), objectionId, r.institution(),
                r.role(), r.statement(), String.join(",", r.evidenceIds()), r.respondedBy(), Timestamps.of(r.respondedAt()));
        Sql.update(dataSource, "update objection set status = 'ANSWERED' where id = ? and status = 'FILED'", objectionId);
    }

    public void assign(UUID id, String judge, String court, Instant at) {
        Sql.update(dataSource, "update objection set assigned_to = ?, assigned_court = ?, assigned_at = ?,"
                + " status = case when status = 'DECIDED' then status else 'ASSIGNED' end where id = ?", judge, court,
                Timestamps.of(at), id);
    }

    public void decide(UUID id, String outcome, String reasons, BigDecimal adjustedPrincipal, String judge, Instant at,
                       UUID document, Optional<Instant> pauseEnd, Optional<Instant> pauseStart) {
        Sql.update(dataSource, "update objection set status = 'DECIDED', outcome = ?, reasons = ?, adjusted_principal = ?,"
                        + " decided_by = ?, decided_at = ?, decision_document = ?,"
                        + " pause_to = case when pause_from is not null and ? then ? else pause_to end,"
                        + " pause_from = coalesce(pause_from, ?) where id = ?", outcome, reasons, adjustedPrincipal, judge,
                Timestamps.of(at), document, pauseEnd.isPresent(), pauseEnd.map(Timestamps::of).orElse(null),
                pauseStart.map(Timestamps::of).orElse(null), id);
    }

    /** Locks the objection for the rest of the transaction. */
    public Optional<ObjectionRow> lock(UUID id) {
        return query("select " + COLUMNS + " from objection where id = ? for update", id).stream().findFirst();
    }

    public Optional<ObjectionRow> find(UUID id) {
        return query("select " + COLUMNS + " from objection where id = ?", id).stream().findFirst();
    }

    public List<ObjectionRow> ofCase(String caseRef) {
        return query("select " + COLUMNS + " from objection where case_ref = ? order by filed_at", caseRef);
    }

    /** Objections not yet decided, for the work queues (the caller filters by who may see them). */
    public List<ObjectionRow> open(int limit) {
        return query("select " + COLUMNS + " from objection where status <> 'DECIDED' order by filed_at limit ?", limit);
    }

    /** The intervals during which disputes paused collection on the case (the compliance rules' input). */
    public List<DisputePause> pauses(String caseRef) {
        List<DisputePause> out = new ArrayList<>();
        for (ObjectionRow o : ofCase(caseRef)) {
            if (o.pauseFrom() != null && (o.pauseTo() == null || o.pauseTo().isAfter(o.pauseFrom()))) {
                out.add(new DisputePause(o.pauseFrom(), Optional.ofNullable(o.pauseTo())));
            }
        }
        return out;
    }

    public List<ObjectionRow.Response> responses(UUID objectionId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select id, institution, role, statement, evidence_ids, responded_by,"
                     + " responded_at from objection_response where objection_id = ? order by responded_at")) {
            s.setObject(1, objectionId);
            List<ObjectionRow.Response> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new ObjectionRow.Response(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), ids(rs.getString(5)), rs.getString(6), Timestamps.instant(rs, 7)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading objection responses failed", e);
        }
    }

    private List<ObjectionRow> query(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<ObjectionRow> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new ObjectionRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), ids(rs.getString(7)), ids(rs.getString(8)), ids(rs.getString(9)),
                            rs.getString(10), Timestamps.instant(rs, 11), Timestamps.instant(rs, 12), Timestamps.instant(rs, 13),
                            Timestamps.instant(rs, 14), rs.getString(15), rs.getString(16), Timestamps.instant(rs, 17),
                            rs.getString(18), rs.getString(19), rs.getBigDecimal(20), rs.getString(21),
                            Timestamps.instant(rs, 22), rs.getObject(23, UUID.class)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading objections failed", e);
        }
    }

    static List<String> ids(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
