package org.judicialchain.portal.infrastructure.persistence.disputes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;
import org.judicialchain.portal.domain.disputes.ConfirmationRow;
import org.judicialchain.portal.domain.disputes.Confirmations;
import org.judicialchain.portal.infrastructure.persistence.Database;

/** Requests for judicial confirmation in PostgreSQL, through Jdbi. Callers hold the transaction. */
@ApplicationScoped
public class JdbiConfirmations implements Confirmations {

    private static final String COLUMNS = "id, case_ref, institution, requested_by, evidence_ids, precheck, precheck_clean,"
            + " draft_ready, status, requested_at, decided_by, decided_at, reasons, document_id";

    @Inject
    Database database;

    @Override
    public void add(ConfirmationRow c) {
        database.jdbi().useHandle(h -> h.createUpdate("insert into confirmation_request (id, case_ref, institution, requested_by,"
                        + " evidence_ids, precheck, precheck_clean, draft_ready, status, requested_at) values (:id, :caseRef,"
                        + " :institution, :by, :evidence, :precheck, :clean, :draftReady, :status, :at)")
                .bind("id", c.id()).bind("caseRef", c.caseRef()).bind("institution", c.institution())
                .bind("by", c.requestedBy()).bindArray("evidence", String.class, c.evidenceIds()).bind("precheck", c.precheck())
                .bind("clean", c.precheckClean()).bind("draftReady", c.draftReady()).bind("status", c.status())
                .bind("at", c.requestedAt()).execute());
    }

    @Override
    public boolean saveDecision(ConfirmationRow c) {
        return database.jdbi().withHandle(h -> h.createUpdate("update confirmation_request set status = :status,"
                        + " reasons = :reasons, decided_by = :judge, decided_at = :at, document_id = :document"
                        + " where id = :id and status = 'REQUESTED'")
                .bind("status", c.status()).bind("reasons", c.reasons()).bind("judge", c.decidedBy()).bind("at", c.decidedAt())
                .bind("document", c.documentId()).bind("id", c.id()).execute()) == 1;
    }

    @Override
    public Optional<ConfirmationRow> find(UUID id) {
        return database.jdbi().withHandle(h -> h.createQuery("select " + COLUMNS + " from confirmation_request where id = :id")
                .bind("id", id).map(JdbiConfirmations::confirmation).findOne());
    }

    @Override
    public List<ConfirmationRow> ofCase(String caseRef) {
        return database.jdbi().withHandle(h -> h.createQuery("select " + COLUMNS + " from confirmation_request"
                        + " where case_ref = :caseRef order by requested_at")
                .bind("caseRef", caseRef).map(JdbiConfirmations::confirmation).list());
    }

    @Override
    public List<ConfirmationRow> awaiting(int limit) {
        return database.jdbi().withHandle(h -> h.createQuery("select " + COLUMNS + " from confirmation_request"
                        + " where status = 'REQUESTED' order by requested_at limit :limit")
                .bind("limit", limit).map(JdbiConfirmations::confirmation).list());
    }

    private static ConfirmationRow confirmation(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ConfirmationRow(rs.getObject("id", UUID.class), rs.getString("case_ref"), rs.getString("institution"),
                rs.getString("requested_by"), Database.strings(rs, "evidence_ids"), rs.getString("precheck"),
                rs.getBoolean("precheck_clean"), rs.getBoolean("draft_ready"), rs.getString("status"),
                Database.instant(rs, "requested_at"), rs.getString("decided_by"), Database.instant(rs, "decided_at"),
                rs.getString("reasons"), rs.getObject("document_id", UUID.class));
    }
}
