package org.judicialchain.portal.infrastructure.persistence.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;
import org.judicialchain.evidence.domain.model.compliance.Finding;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.portal.application.collection.CollectionRecordJson;
import org.judicialchain.portal.domain.collection.CollectionRecords;
import org.judicialchain.portal.infrastructure.persistence.Database;

/** Collection records (their fields as JSON) and compliance findings in PostgreSQL, through Jdbi. */
@ApplicationScoped
public class JdbiCollectionRecords implements CollectionRecords {

    @Inject
    Database database;

    @Override
    public void add(CollectionRecord r, String type, String json, Instant now) {
        database.jdbi().useHandle(h -> h.createUpdate("insert into collection_record (id, case_ref, agency, type, occurred_at,"
                        + " fields, recorded_at) values (:id, :caseRef, :agency, :type, :occurredAt, :fields, :now)")
                .bind("id", r.id()).bind("caseRef", r.caseRef()).bind("agency", r.agency()).bind("type", type)
                .bind("occurredAt", r.occurredAt()).bind("fields", json).bind("now", now).execute());
    }

    @Override
    public void addFinding(Finding f, CollectionRecord r, Bytes32 digest, Instant now) {
        database.jdbi().useHandle(h -> h.createUpdate("insert into compliance_finding (id, case_ref, record_id, agency, rule_id,"
                        + " severity, record_ids, explanation_zh, explanation_en, source, digest, found_at) values (:id, :caseRef,"
                        + " :record, :agency, :rule, :severity, :records, :zh, :en, :source, :digest, :now)")
                .bind("id", UUID.randomUUID()).bind("caseRef", r.caseRef()).bind("record", r.id()).bind("agency", r.agency())
                .bind("rule", f.ruleId()).bind("severity", f.severity().name()).bindArray("records", UUID.class, f.recordIds())
                .bind("zh", f.explanationZh()).bind("en", f.explanationEn()).bind("source", f.source())
                .bind("digest", digest.toByteArray()).bind("now", now).execute());
    }

    @Override
    public List<CollectionRecord> ofCase(String caseRef) {
        return stored(caseRef).stream()
                .map(s -> CollectionRecordJson.read(s.fields(), s.id(), caseRef, s.agency())).toList();
    }

    @Override
    public List<StoredRecord> stored(String caseRef) {
        return database.jdbi().withHandle(h -> h.createQuery("select id, agency, type, occurred_at, fields, recorded_at"
                        + " from collection_record where case_ref = :caseRef order by occurred_at, id")
                .bind("caseRef", caseRef)
                .map((rs, ctx) -> new StoredRecord(rs.getObject("id", UUID.class), rs.getString("agency"), rs.getString("type"),
                        Database.instant(rs, "occurred_at"), rs.getString("fields"), Database.instant(rs, "recorded_at")))
                .list());
    }

    @Override
    public List<StoredFinding> findings(String caseRef) {
        return database.jdbi().withHandle(h -> h.createQuery("select id, record_id, agency, rule_id, severity, record_ids,"
                        + " explanation_zh, explanation_en, source, digest, found_at from compliance_finding"
                        + " where case_ref = :caseRef order by found_at, id")
                .bind("caseRef", caseRef)
                .map((rs, ctx) -> new StoredFinding(rs.getObject("id", UUID.class), rs.getObject("record_id", UUID.class),
                        rs.getString("agency"), rs.getString("rule_id"), rs.getString("severity"), Database.uuids(rs, "record_ids"),
                        rs.getString("explanation_zh"), rs.getString("explanation_en"), rs.getString("source"),
                        Bytes32.of(rs.getBytes("digest")), Database.instant(rs, "found_at")))
                .list());
    }
}
