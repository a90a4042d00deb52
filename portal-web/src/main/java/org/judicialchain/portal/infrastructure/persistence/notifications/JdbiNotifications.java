package org.judicialchain.portal.infrastructure.persistence.notifications;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.judicialchain.portal.domain.notifications.Notifications;
import org.judicialchain.portal.infrastructure.persistence.Sql;
import org.judicialchain.portal.infrastructure.persistence.Timestamps;

/** What each party has been told; kept so the work queue shows it whether or not e-mail went out. */
@ApplicationScoped
public class JdbiNotifications implements Notifications {

    private static final String COLUMNS = "id, audience, recipient, case_ref, subject, created_at, emailed_at, email_error, event, params";

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    public long add(String audience, String recipient, String caseRef, String subject, String event, String paramsJson,
                    Instant now) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("insert into notification (audience, recipient, case_ref, subject,"
                     + " created_at, event, params) values (?, ?, ?, ?, ?, ?, ?) returning id")) {
            s.setString(1, audience);
            s.setString(2, recipient);
            s.setString(3, caseRef);
            s.setString(4, subject);
            s.setObject(5, Timestamps.of(now));
            s.setString(6, event);
            s.setString(7, paramsJson);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("storing a notification failed", e);
        }
    }

    public void emailed(long id, Instant at, String error) {
        Sql.update(dataSource, "update notification set emailed_at = ?, email_error = ? where id = ?",
                at == null ? null : Timestamps.of(at), error, id);
    }

    /** Notifications not yet e-mailed nor given up on, locked for this transaction. */
    public List<NotificationRow> claimUnsent(int max) {
        return query("select " + COLUMNS + " from notification where emailed_at is null and email_error is null order by id"
                + " limit ? for update skip locked", max);
    }

    public List<NotificationRow> forRecipient(String audience, String recipient, int limit) {
        return query("select " + COLUMNS + " from notification where audience = ? and recipient = ? order by id desc limit ?",
                audience, recipient, limit);
    }

    private List<NotificationRow> query(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<NotificationRow> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new NotificationRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), Timestamps.instant(rs, 6), Timestamps.instant(rs, 7), rs.getString(8),
                            rs.getString(9), rs.getString(10)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading notifications failed", e);
        }
    }
}
