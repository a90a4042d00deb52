package org.judicialchain.portal.infrastructure.persistence.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;
import org.judicialchain.portal.domain.privacy.ErasureRequest;
import org.judicialchain.portal.domain.privacy.ErasureRequests;
import org.judicialchain.portal.infrastructure.persistence.Database;

@ApplicationScoped
public class JdbiErasureRequests implements ErasureRequests {

    private static final String COLUMNS = "id, case_ref, requested_by, requested_as, reason, requested_at, status, decided_by,"
            + " authority, decided_at, decision_reason";

    @Inject
    Database database;

    @Override
    public void add(ErasureRequest r) {
        database.jdbi().useHandle(h -> h.createUpdate("insert into erasure_request (" + COLUMNS + ") values (:id, :caseRef,"
                        + " :by, :as, :reason, :at, :status, :decidedBy, :authority, :decidedAt, :decisionReason)")
                .bind("id", r.id()).bind("caseRef", r.caseRef()).bind("by", r.requestedBy()).bind("as", r.requestedAs().name())
                .bind("reason", r.reason()).bind("at", r.requestedAt()).bind("status", r.status().name())
                .bind("decidedBy", r.decidedBy()).bind("authority", r.authority()).bind("decidedAt", r.decidedAt())
                .bind("decisionReason", r.decisionReason()).execute());
    }

    @Override
    public boolean decide(ErasureRequest d) {
        return database.jdbi().withHandle(h -> h.createUpdate("update erasure_request set status = :status, decided_by = :by,"
                        + " authority = :authority, decided_at = :at, decision_reason = :reasons"
                        + " where id = :id and status = 'REQUESTED'")
                .bind("id", d.id()).bind("status", d.status().name()).bind("by", d.decidedBy()).bind("authority", d.authority())
                .bind("at", d.decidedAt()).bind("reasons", d.decisionReason()).execute()) == 1;
    }

    @Override
    public Optional<ErasureRequest> find(UUID id) {
        return database.jdbi().withHandle(h -> h.createQuery("select " + COLUMNS + " from erasure_request where id = :id")
                .bind("id", id).map(JdbiErasureRequests::row).findFirst());
    }

    @Override
    public List<ErasureRequest> ofCase(String caseRef) {
        return database.jdbi().withHandle(h -> h.createQuery("select " + COLUMNS + " from erasure_request where case_ref = :caseRef"
                + " order by requested_at").bind("caseRef", caseRef).map(JdbiErasureRequests::row).list());
    }

    @Override
    public Optional<ErasureRequest> erasureOf(String caseRef) {
        return database.jdbi().withHandle(h -> h.createQuery("select " + COLUMNS + " from erasure_request where case_ref = :caseRef"
                + " and status = 'ERASED'").bind("caseRef", caseRef).map(JdbiErasureRequests::row).findFirst());
    }

    @Override
    public int dropSealedCopies(String caseRef) {
        return database.jdbi().withHandle(h -> h.createUpdate("update court_document set sealed_pdf = null"
                + " where case_ref = :caseRef and sealed_pdf is not null").bind("caseRef", caseRef).execute());
    }

    private static ErasureRequest row(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ErasureRequest(rs.getObject("id", UUID.class), rs.getString("case_ref"), rs.getString("requested_by"),
                ErasureRequest.RequestedAs.valueOf(rs.getString("requested_as")), rs.getString("reason"),
                Database.instant(rs, "requested_at"), ErasureRequest.Status.valueOf(rs.getString("status")),
                rs.getString("decided_by"), rs.getString("authority"), Database.instant(rs, "decided_at"),
                rs.getString("decision_reason"));
    }
}
