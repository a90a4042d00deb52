package org.judicialchain.portal.infrastructure.persistence.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.SqlStatement;
import org.judicialchain.evidence.domain.model.cases.CaseReference;
import org.judicialchain.portal.domain.cases.CaseFiles;
import org.judicialchain.portal.infrastructure.persistence.Database;

@ApplicationScoped
public class JdbiCaseFiles implements CaseFiles {

    /**
     * Creates a case file unless its reference (or its owner's local reference) is taken. Bind with
     * {@link #bindNew}: the namespace and local reference are those the global reference names.
     */
    public static final String INSERT = "insert into case_file (case_ref, namespace, local_ref, created_at)"
            + " values (:caseRef, :namespace, :localRef, :now) on conflict do nothing";

    @Inject
    Database database;

    public static <S extends SqlStatement<S>> S bindNew(S statement, String caseRef) {
        return statement.bind("caseRef", caseRef).bind("namespace", CaseReference.namespaceOf(caseRef).orElse(""))
                .bind("localRef", CaseReference.localOf(caseRef));
    }

    @Override
    public List<CaseFile> withLocalRef(String localRef) {
        return database.jdbi().withHandle(h -> h.createQuery("select f.case_ref, f.namespace, f.local_ref,"
                        + " exists (select 1 from loan_case c where c.case_ref = f.case_ref) as loan"
                        + " from case_file f where f.local_ref = :local order by f.case_ref")
                .bind("local", localRef)
                .map((rs, ctx) -> new CaseFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list());
    }

    @Override
    public Map<String, String> inNamespace(String namespace, Collection<String> localRefs) {
        if (localRefs.isEmpty()) {
            return Map.of();
        }
        return database.jdbi().withHandle(h -> h.createQuery("select local_ref, case_ref from case_file"
                        + " where namespace = :ns and local_ref = any(:locals)")
                .bind("ns", namespace).bindArray("locals", String.class, localRefs)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
