package org.judicialchain.portal.infrastructure.persistence.disputes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.judicialchain.evidence.domain.model.compliance.DisputePause;
import org.judicialchain.portal.domain.disputes.ObjectionRow;
import org.judicialchain.portal.domain.disputes.Objections;
import org.judicialchain.portal.infrastructure.persistence.Database;

/** Objections and their responses in PostgreSQL, through Jdbi. Callers hold the transaction. */
@ApplicationScoped
public class JdbiObjections implements Objections {

    private static final String COLUMNS = "id, reference, case_ref, debtor_party_id, type, statement, cited_records,"
            + " cited_findings, attachments, status, filed_at, response_due_at, pause_from, pause_to, assigned_to,"
            + " assigned_court, assigned_at, outcome, reasons, adjusted_principal, decided_by, decided_at, decision_document";

    @Inject
    Database database;

    private Jdbi jdbi() {
        return database.jdbi();
    }

    @Override
    public String nextReference(int year) {
        long next = jdbi().withHandle(h -> h.createQuery("select nextval('objection_reference_seq')").mapTo(Long.class).one());
        return String.format("OBJ-%d-%06d", year, next);
    }

    @Override
    public void add(ObjectionRow o) {
        jdbi().useHandle(h -> h.createUpdate("insert into objection (id, reference, case_ref, debtor_party_id, type, statement,"
                        + " cited_records, cited_findings, attachments, status, filed_at, response_due_at, pause_from)"
                        + " values (:id, :reference, :caseRef, :debtor, :type, :statement, :records, :findings, :attachments,"
                        + " :status, :filedAt, :dueAt, :pauseFrom)")
                .bind("id", o.id()).bind("reference", o.reference()).bind("caseRef", o.caseRef())
                .bind("debtor", o.debtorPartyId()).bind("type", o.type()).bind("statement", o.statement())
                .bindArray("records", String.class, o.citedRecords()).bindArray("findings", String.class, o.citedFindings())
                .bindArray("attachments", String.class, o.attachments()).bind("status", o.status())
                .bind("filedAt", o.filedAt()).bind("dueAt", o.responseDueAt()).bind("pauseFrom", o.pauseFrom())
                .execute());
    }

    @Override
    public void addResponse(UUID objectionId, ObjectionRow.Response r) {
        jdbi().useHandle(h -> h.createUpdate("insert into objection_response (id, objection_id, institution, role, statement,"
                        + " evidence_ids, responded_by, responded_at) values (:id, :objection, :institution, :role, :statement,"
                        + " :evidence, :by, :at)")
                .bind("id", r.id()).bind("objection", objectionId).bind("institution", r.institution())
                .bind("role", r.role()).bind("statement", r.statement()).bindArray("evidence", String.class, r.evidenceIds())
                .bind("by", r.respondedBy()).bind("at", r.respondedAt()).execute());
    }

    @Override
    public void save(ObjectionRow o) {
        jdbi().useHandle(h -> h.createUpdate("update objection set status = :status, assigned_to = :assignedTo,"
                        + " assigned_court = :court, assigned_at = :assignedAt, outcome = :outcome, reasons = :reasons,"
                        + " adjusted_principal = :principal, decided_by = :decidedBy, decided_at = :decidedAt,"
                        + " decision_document = :document, pause_from = :pauseFrom, pause_to = :pauseTo where id = :id")
                .bind("status", o.status()).bind("assignedTo", o.assignedTo()).bind("court", o.assignedCourt())
                .bind("assignedAt", o.assignedAt()).bind("outcome", o.outcome()).bind("reasons", o.reasons())
                .bind("principal", o.adjustedPrincipal()).bind("decidedBy", o.decidedBy()).bind("decidedAt", o.decidedAt())
                .bind("document", o.decisionDocument()).bind("pauseFrom", o.pauseFrom()).bind("pauseTo", o.pauseTo())
                .bind("id", o.id()).execute());
    }

    @Override
    public Optional<ObjectionRow> lock(UUID id) {
        return jdbi().withHandle(h -> h.createQuery("select " + COLUMNS + " from objection where id = :id for update")
                .bind("id", id).map(JdbiObjections::objection).findOne());
    }

    @Override
    public Optional<ObjectionRow> find(UUID id) {
        return jdbi().withHandle(h -> h.createQuery("select " + COLUMNS + " from objection where id = :id")
                .bind("id", id).map(JdbiObjections::objection).findOne());
    }

    @Override
    public List<ObjectionRow> ofCase(String caseRef) {
        return jdbi().withHandle(h -> h.createQuery("select " + COLUMNS + " from objection where case_ref = :caseRef order by filed_at")
                .bind("caseRef", caseRef).map(JdbiObjections::objection).list());
    }

    @Override
    public List<ObjectionRow> open(int limit) {
        return jdbi().withHandle(h -> h.createQuery("select " + COLUMNS + " from objection where status <> 'DECIDED'"
                        + " order by filed_at limit :limit")
                .bind("limit", limit).map(JdbiObjections::objection).list());
    }

    @Override
    public List<DisputePause> pauses(String caseRef) {
        List<DisputePause> out = new ArrayList<>();
        for (ObjectionRow o : ofCase(caseRef)) {
            if (o.pauseFrom() != null && (o.pauseTo() == null || o.pauseTo().isAfter(o.pauseFrom()))) {
                out.add(new DisputePause(o.pauseFrom(), Optional.ofNullable(o.pauseTo())));
            }
        }
        return out;
    }

    @Override
    public List<ObjectionRow.Response> responses(UUID objectionId) {
        return jdbi().withHandle(h -> h.createQuery("select id, institution, role, statement, evidence_ids, responded_by,"
                        + " responded_at from objection_response where objection_id = :id order by responded_at")
                .bind("id", objectionId)
                .map((rs, ctx) -> new ObjectionRow.Response(rs.getObject("id", UUID.class), rs.getString("institution"),
                        rs.getString("role"), rs.getString("statement"), Database.strings(rs, "evidence_ids"),
                        rs.getString("responded_by"), Database.instant(rs, "responded_at")))
                .list());
    }

    private static ObjectionRow objection(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ObjectionRow(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("case_ref"),
                rs.getString("debtor_party_id"), rs.getString("type"), rs.getString("statement"),
                Database.strings(rs, "cited_records"), Database.strings(rs, "cited_findings"),
                Database.strings(rs, "attachments"), rs.getString("status"), Database.instant(rs, "filed_at"),
                Database.instant(rs, "response_due_at"), Database.instant(rs, "pause_from"), Database.instant(rs, "pause_to"),
                rs.getString("assigned_to"), rs.getString("assigned_court"), Database.instant(rs, "assigned_at"),
                rs.getString("outcome"), rs.getString("reasons"), rs.getBigDecimal("adjusted_principal"),
                rs.getString("decided_by"), Database.instant(rs, "decided_at"), rs.getObject("decision_document", UUID.class));
    }
}
