package org.judicialchain.portal.infrastructure.persistence.disputes;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.judicialchain.portal.domain.disputes.ConfirmationRow;
import org.judicialchain.portal.domain.disputes.Confirmations;
import org.judicialchain.portal.domain.disputes.Objections;
import org.judicialchain.portal.infrastructure.persistence.Sql;
import org.judicialchain.portal.infrastructure.persistence.Timestamps;

/** Requests for judicial confirmation in PostgreSQL. Callers hold the transaction. */
@ApplicationScoped
public class JdbcConfirmations implements Confirmations {

    private static final String COLUMNS = "id, case_ref, institution, requested_by, evidence_ids, precheck, precheck_clean,"
            + " draft_ready, status, requested_at, decided_by, decided_at, reasons, document_id";

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    public void add(ConfirmationRow c) {
        Sql.update(dataSource, "insert into confirmation_request (id, case_ref, institution, requested_by, evidence_ids, precheck,"
                        + " precheck_clean, draft_ready, status, requested_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", c.id(),
                c.caseRef(), c.institution(), c.requestedBy(), String.join(",", c.evidenceIds()), c.precheck(),
                c.precheckClean(), c.draftReady(), c.status(), Timestamps.of(c.requestedAt()));
    }

    /** @return false when the request was no longer awaiting the court */
    public boolean decide(UUID id, String status, String reasons, String judge, Instant at, UUID documentId) {
        return Sql.update(dataSource, "update confirmation_request set status = ?, reasons = ?, decided_by = ?, decided_at = ?,"
                + " document_id = ? where id = ? and status = 'REQUESTED'", status, reasons, judge, Timestamps.of(at),
                documentId, id) == 1;
    }

    public Optional<ConfirmationRow> find(UUID id) {
        return query("select " + COLUMNS + " from confirmation_request where id = ?", id).stream().findFirst();
    }

    public List<ConfirmationRow> ofCase(String caseRef) {
        return query("select " + COLUMNS + " from confirmation_request where case_ref = ? order by requested_at", caseRef);
    }

    public List<ConfirmationRow> awaiting(int limit) {
        return query("select " + COLUMNS + " from confirmation_request where status = 'REQUESTED' order by requested_at limit ?",
                limit);
    }

    private List<ConfirmationRow> query(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<ConfirmationRow> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new ConfirmationRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            JdbcObjections.ids(rs.getString(5)), rs.getString(6), rs.getBoolean(7), rs.getBoolean(8),
                            rs.getString(9), Timestamps.instant(rs, 10), rs.getString(11), Timestamps.instant(rs, 12),
                            rs.getString(13), rs.getObject(14, UUID.class)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading confirmation requests failed", e);
        }
    }
}
