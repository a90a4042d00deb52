package org.judicialchain.portal.domain.cases;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where case references live: every case file (a loan case's, or evidence filed under a reference no case has
 * yet) belongs to one institution's numbering. See {@link org.judicialchain.evidence.domain.model.cases.CaseReference}.
 */
public interface CaseFiles {

    /** A case file: its global reference, the namespace that owns it, the reference as the owner typed it. */
    record CaseFile(String caseRef, String namespace, String localRef, boolean loanCase) {
    }

    /** Every case file whose owner typed {@code localRef}, in any namespace (a bare reference's candidates). */
    List<CaseFile> withLocalRef(String localRef);

    /** The global references of these local ones in one namespace, for those that exist (local to global). */
    Map<String, String> inNamespace(String namespace, Collection<String> localRefs);
}
