package org.judicialchain.portal.infrastructure.persistence.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.custody.CustodyEntry;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.portal.domain.evidence.EvidenceJournal;
import org.judicialchain.portal.domain.evidence.EvidenceRecords;

/** Reads of evidence, case files and custody logs (JPA); writes go through EvidenceJournal. */
@ApplicationScoped
public class JdbiEvidenceRecords implements EvidenceRecords {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public boolean caseExists(String caseRef) {
        return !em.createNativeQuery("select 1 from case_file where case_ref = ?")
                .setParameter(1, caseRef).getResultList().isEmpty();
    }

    public Optional<EvidenceRecord> find(UUID id) {
        return Optional.ofNullable(em.find(EvidenceEntity.class, id)).map(EvidenceEntity::toRecord);
    }

    public java.util.Set<String> submittersOf(String caseRef) {
        return em.createQuery("select distinct e.submitter from EvidenceEntity e where e.caseRef = :r", String.class)
                .setParameter("r", caseRef).getResultStream().collect(java.util.stream.Collectors.toSet());
    }

    public List<EvidenceRecord> findByCase(String caseRef) {
        return em.createQuery("select e from EvidenceEntity e where e.caseRef = :r order by e.submittedAt", EvidenceEntity.class)
                .setParameter("r", caseRef).getResultStream().map(EvidenceEntity::toRecord).toList();
    }

    public List<EvidenceRecord> findBySha256(Bytes32 sha256) {
        return em.createQuery("select e from EvidenceEntity e where e.sha256 = :d order by e.submittedAt", EvidenceEntity.class)
                .setParameter("d", sha256.toByteArray()).setMaxResults(100).getResultStream().map(EvidenceEntity::toRecord).toList();
    }

    public List<EvidenceRecord> findBySm3(Bytes32 sm3) {
        return em.createQuery("select e from EvidenceEntity e where e.sm3 = :d order by e.submittedAt", EvidenceEntity.class)
                .setParameter("d", sm3.toByteArray()).setMaxResults(100).getResultStream().map(EvidenceEntity::toRecord).toList();
    }

    public List<CustodyEntry> custodyLog(String caseRef) {
        return em.createQuery("select c from CustodyEntryEntity c where c.caseRef = :r order by c.sequence",
                        CustodyEntryEntity.class)
                .setParameter("r", caseRef).getResultStream().map(CustodyEntryEntity::toEntry).toList();
    }
}
