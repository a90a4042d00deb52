package org.judicialchain.portal.infrastructure.persistence.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.judicialchain.portal.domain.privacy.AccessLog;
import org.judicialchain.portal.infrastructure.persistence.Database;

@ApplicationScoped
public class JdbiAccessLog implements AccessLog {

    @Inject
    Database database;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Access a) {
        database.jdbi().useHandle(h -> h.createUpdate("insert into access_log (at, actor, roles, action, case_ref, subject)"
                        + " values (:at, :actor, :roles, :action, :caseRef, :subject)")
                .bind("at", a.at()).bind("actor", a.actor()).bind("roles", a.roles()).bind("action", a.action())
                .bind("caseRef", a.caseRef()).bind("subject", a.subject()).execute());
    }

    @Override
    public java.util.List<Access> ofCase(String caseRef, int limit) {
        return database.jdbi().withHandle(h -> h.createQuery("select at, actor, roles, action, case_ref, subject from access_log"
                        + " where case_ref = :caseRef order by at desc, id desc limit :limit")
                .bind("caseRef", caseRef).bind("limit", limit)
                .map((rs, ctx) -> new Access(Database.instant(rs, "at"), rs.getString("actor"), rs.getString("roles"),
                        rs.getString("action"), rs.getString("case_ref"), rs.getString("subject"))).list());
    }
}
