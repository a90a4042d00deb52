package org.judicialchain.portal.application.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.judicialchain.evidence.domain.model.cases.CaseReference;
import org.judicialchain.portal.domain.cases.CaseFiles;

/**
 * An institution numbers its own cases: the references it types are kept in its namespace
 * ({@link CaseReference}), and a reference it already used (possibly stored before namespaces existed) keeps the
 * global reference it has.
 */
@ApplicationScoped
public class NumberingCases {

    @Inject
    CaseFiles files;

    /** The global reference of a reference an institution gives for its own numbering. */
    public String inOwnNumbering(String given, String institution) {
        return inOwnNumbering(List.of(given), institution).get(given);
    }

    /** @throws IllegalArgumentException for a reference that is malformed or in another institution's numbering */
    public void requireOwn(String given, String institution) {
        CaseReference.require(given);
        CaseReference.namespaceOf(given).filter(ns -> !ns.equals(institution)).ifPresent(ns -> {
            throw new IllegalArgumentException("caseRef " + given + " is in the numbering of '" + ns
                    + "'; you number cases in your own ('" + institution + "'): send " + CaseReference.localOf(given));
        });
    }

    /**
     * The global references of references an institution gives for its own numbering, by the given reference.
     *
     * @throws IllegalArgumentException for a reference in another institution's numbering
     */
    public Map<String, String> inOwnNumbering(Collection<String> given, String institution) {
        Map<String, String> localOf = new LinkedHashMap<>();
        for (String ref : given) {
            requireOwn(ref, institution);
            localOf.put(ref, CaseReference.localOf(ref));
        }
        Map<String, String> stored = files.inNamespace(institution, localOf.values());
        Map<String, String> global = new LinkedHashMap<>();
        localOf.forEach((ref, local) -> global.put(ref, stored.getOrDefault(local, CaseReference.qualified(institution, local))));
        return global;
    }
}
