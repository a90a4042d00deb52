package org.judicialchain.portal.infrastructure.persistence.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.judicialchain.portal.domain.directory.Institutions;

/**
 * The institutions the portal's own records name, what each is to the portal and on how many cases:
 * creditors of record and former creditors (loan_case, case_transfer), courts (loan_case), agencies ever
 * authorised (collection_authorisation) and institutions that submitted evidence (evidence).
 */
@ApplicationScoped
public class JdbiInstitutions implements Institutions {

    // Scans evidence once per call; the court-admin page calls it on demand, not on a schedule.
    // Debtors' own submissions (submitter party:<id>) are people, not institutions: left out.
    private static final String USES = """
            select institution, string_agg(distinct kind, ','), count(distinct case_ref) from (
                select creditor as institution, 'CREDITOR' as kind, case_ref from loan_case
                union all select from_creditor, 'CREDITOR', case_ref from case_transfer
                union all select court, 'COURT', case_ref from loan_case
                union all select agency, 'AGENCY', case_ref from collection_authorisation
                union all select submitter, 'EVIDENCE_SUBMITTER', case_ref from evidence where submitter not like 'party:%'
            ) uses group by institution order by institution""";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public List<InstitutionUse> uses() {
        List<?> rows = em.createNativeQuery(USES).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new InstitutionUse(String.valueOf(r[0]),
                new TreeSet<>(Arrays.asList(String.valueOf(r[1]).split(","))), ((Number) r[2]).longValue())).toList();
    }
}
