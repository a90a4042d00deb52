package org.judicialchain.portal.infrastructure.persistence.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.judicialchain.portal.domain.directory.Institutions;
import org.judicialchain.portal.infrastructure.persistence.Database;

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
            select institution, string_agg(distinct kind, ',') as kinds, count(distinct case_ref) as cases from (
                select creditor as institution, 'CREDITOR' as kind, case_ref from loan_case
                union all select from_creditor, 'CREDITOR', case_ref from case_transfer
                union all select court, 'COURT', case_ref from loan_case
                union all select agency, 'AGENCY', case_ref from collection_authorisation
                union all select submitter, 'EVIDENCE_SUBMITTER', case_ref from evidence where submitter not like 'party:%'
            ) uses group by institution order by institution""";

    @Inject
    Database database;

    @Override
    public List<InstitutionUse> uses() {
        return database.jdbi().withHandle(h -> h.createQuery(USES)
                .map((rs, ctx) -> new InstitutionUse(String.valueOf(rs.getString("institution")),
                        new TreeSet<>(Arrays.asList(rs.getString("kinds").split(","))), rs.getLong("cases")))
                .list());
    }

    @Override
    public boolean isCreditor(String institution) {
        return database.jdbi().withHandle(h -> h.createQuery("select exists (select 1 from loan_case where creditor = :i)"
                        + " or exists (select 1 from case_transfer where from_creditor = :i)")
                .bind("i", institution).mapTo(Boolean.class).one());
    }
}
