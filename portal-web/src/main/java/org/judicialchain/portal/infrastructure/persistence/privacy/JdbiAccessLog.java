package org.judicialchain.portal.infrastructure.persistence.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.portal.domain.privacy.AccessChain;
import org.judicialchain.portal.domain.privacy.AccessLog;
import org.judicialchain.portal.infrastructure.persistence.Database;

@ApplicationScoped
public class JdbiAccessLog implements AccessLog {

    private static final String COLUMNS = "id, at, actor, roles, action, case_ref, subject, prev_hash, row_hash";

    @Inject
    Database database;

    /**
     * Links the row to the case's last one. The case's rows are written one at a time (a transaction-scoped advisory
     * lock on the case), so two reads recorded at once cannot both link to the same predecessor.
     */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Access read) {
        Access a = new Access(AccessChain.stored(read.at()), read.actor(), read.roles(), read.action(), read.caseRef(),
                read.subject());
        database.jdbi().useHandle(h -> {
            Bytes32 previous = AccessChain.START;
            if (a.caseRef() != null) {
                h.createQuery("select 1 from pg_advisory_xact_lock(hashtextextended('access_log:' || :caseRef, 0))")
                        .bind("caseRef", a.caseRef()).mapTo(Integer.class).one();
                previous = h.createQuery("select row_hash from access_log where case_ref = :caseRef and row_hash is not null"
                                + " order by id desc limit 1").bind("caseRef", a.caseRef()).mapTo(byte[].class).findFirst()
                        .map(Bytes32::of).orElse(AccessChain.START);
            }
            h.createUpdate("insert into access_log (at, actor, roles, action, case_ref, subject, prev_hash, row_hash)"
                            + " values (:at, :actor, :roles, :action, :caseRef, :subject, :prev, :hash)")
                    .bind("at", a.at()).bind("actor", a.actor()).bind("roles", a.roles()).bind("action", a.action())
                    .bind("caseRef", a.caseRef()).bind("subject", a.subject()).bind("prev", previous.toByteArray())
                    .bind("hash", AccessChain.link(previous, a).toByteArray()).execute();
        });
    }

    @Override
    public List<Access> ofCase(String caseRef, int limit) {
        return database.jdbi().withHandle(h -> h.createQuery("select " + COLUMNS + " from access_log"
                        + " where case_ref = :caseRef order by at desc, id desc limit :limit")
                .bind("caseRef", caseRef).bind("limit", limit).map((rs, ctx) -> access(rs)).list());
    }

    @Override
    public List<AccessChain.Row> chainOf(String caseRef) {
        return database.jdbi().withHandle(h -> h.createQuery("select " + COLUMNS + " from access_log"
                        + " where case_ref = :caseRef and row_hash is not null order by id")
                .bind("caseRef", caseRef).map((rs, ctx) -> new AccessChain.Row(rs.getLong("id"), access(rs),
                        Bytes32.of(rs.getBytes("prev_hash")), Bytes32.of(rs.getBytes("row_hash")))).list());
    }

    private static Access access(ResultSet rs) throws SQLException {
        return new Access(Database.instant(rs, "at"), rs.getString("actor"), rs.getString("roles"), rs.getString("action"),
                rs.getString("case_ref"), rs.getString("subject"));
    }
}
