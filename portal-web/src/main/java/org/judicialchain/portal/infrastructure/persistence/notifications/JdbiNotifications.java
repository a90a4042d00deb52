package org.judicialchain.portal.infrastructure.persistence.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.statement.StatementContext;
import org.judicialchain.portal.domain.notifications.Notifications;
import org.judicialchain.portal.infrastructure.persistence.Database;

/** What each party has been told; kept so the work queue shows it whether or not e-mail went out. */
@ApplicationScoped
public class JdbiNotifications implements Notifications {

    private static final String COLUMNS = "id, audience, recipient, case_ref, subject, created_at, emailed_at, email_error, event, params";

    @Inject
    Database database;

    @Override
    public long add(String audience, String recipient, String caseRef, String subject, String event, String paramsJson,
                    Instant now) {
        return database.jdbi().withHandle(h -> h.createQuery("insert into notification (audience, recipient, case_ref, subject,"
                        + " created_at, event, params) values (:audience, :recipient, :caseRef, :subject, :now, :event, :params)"
                        + " returning id")
                .bind("audience", audience).bind("recipient", recipient).bind("caseRef", caseRef).bind("subject", subject)
                .bind("now", now).bind("event", event).bind("params", paramsJson)
                .mapTo(Long.class).one());
    }

    @Override
    public void emailed(long id, Instant at, String error) {
        database.jdbi().useHandle(h -> h.createUpdate("update notification set emailed_at = :at, email_error = :error where id = :id")
                .bind("at", at).bind("error", error).bind("id", id).execute());
    }

    /** Notifications not yet e-mailed nor given up on, locked for this transaction. */
    @Override
    public List<NotificationRow> claimUnsent(int max) {
        return database.jdbi().withHandle(h -> h.createQuery("select " + COLUMNS + " from notification"
                        + " where emailed_at is null and email_error is null order by id limit :max for update skip locked")
                .bind("max", max).map(JdbiNotifications::notification).list());
    }

    @Override
    public List<NotificationRow> forRecipient(String audience, String recipient, int limit) {
        return database.jdbi().withHandle(h -> h.createQuery("select " + COLUMNS + " from notification"
                        + " where audience = :audience and recipient = :recipient order by id desc limit :limit")
                .bind("audience", audience).bind("recipient", recipient).bind("limit", limit)
                .map(JdbiNotifications::notification).list());
    }

    private static NotificationRow notification(ResultSet rs, StatementContext ctx) throws SQLException {
        return new NotificationRow(rs.getLong("id"), rs.getString("audience"), rs.getString("recipient"), rs.getString("case_ref"),
                rs.getString("subject"), Database.instant(rs, "created_at"), Database.instant(rs, "emailed_at"),
                rs.getString("email_error"), rs.getString("event"), rs.getString("params"));
    }
}
