package org.judicialchain.portal.infrastructure.persistence.collection;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;
import org.judicialchain.evidence.domain.model.compliance.Finding;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.portal.application.collection.CollectionRecordJson;
import org.judicialchain.portal.domain.collection.CollectionRecords;
import org.judicialchain.portal.infrastructure.persistence.Sql;
import org.judicialchain.portal.infrastructure.persistence.Timestamps;

/** Collection records and compliance findings of cases. */
@ApplicationScoped
public class JdbcCollectionRecords implements CollectionRecords {

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    public void add(CollectionRecord r, String type, String json, Instant now) {
        update("insert into collection_record (id, case_ref, agency, type, occurred_at, fields, recorded_at)"
                + " values (?, ?, ?, ?, ?, ?, ?)", r.id(), r.caseRef(), r.agency(), type, Timestamps.of(r.occurredAt()), json,
                Timestamps.of(now));
    }

    public void addFinding(Finding f, CollectionRecord r, Bytes32 digest, Instant now) {
        update("insert into compliance_finding (id, case_ref, record_id, agency, rule_id, severity, record_ids, explanation_zh,"
                + " explanation_en, source, digest, found_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(),
                r.caseRef(), r.id(), r.agency(), f.ruleId(), f.severity().name(),
                f.recordIds().stream().map(UUID::toString).collect(Collectors.joining(",")), f.explanationZh(), f.explanationEn(),
                f.source(), digest.toByteArray(), Timestamps.of(now));
    }

    /** The case's records as domain records, in time order (the history the rules look at). */
    public List<CollectionRecord> ofCase(String caseRef) {
        return stored(caseRef).stream()
                .map(s -> CollectionRecordJson.read(s.fields(), s.id(), caseRef, s.agency())).toList();
    }

    public List<StoredRecord> stored(String caseRef) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select id, agency, type, occurred_at, fields, recorded_at"
                     + " from collection_record where case_ref = ? order by occurred_at, id")) {
            s.setString(1, caseRef);
            List<StoredRecord> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredRecord(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getTimestamp(6).toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading collection records failed", e);
        }
    }

    public List<StoredFinding> findings(String caseRef) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select id, record_id, agency, rule_id, severity, record_ids, explanation_zh,"
                     + " explanation_en, source, digest, found_at from compliance_finding where case_ref = ? order by found_at, id")) {
            s.setString(1, caseRef);
            List<StoredFinding> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredFinding(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            Bytes32.of(rs.getBytes(10)), rs.getTimestamp(11).toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading findings failed", e);
        }
    }

    private void update(String sql, Object... args) {
        Sql.update(dataSource, sql, args);
    }
}
