package org.judicialchain.portal.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** One parameterised write on the transaction's connection, with the database's own message on failure. */
public final class Sql {

    private Sql() {
    }

    public static int update(DataSource dataSource, String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            SQLException next = e.getNextException();
            throw new IllegalStateException("write failed: " + (next != null ? next.getMessage() : e.getMessage()), e);
        }
    }
}
