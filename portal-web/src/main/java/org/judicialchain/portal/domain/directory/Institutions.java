package org.judicialchain.portal.domain.directory;

import java.util.List;
import java.util.Set;

/** The institutions the portal knows from its own records, with the parts they play and their number of cases. */
public interface Institutions {

    /** Kinds of use, as the query names them. */
    String CREDITOR = "CREDITOR";
    String COURT = "COURT";
    String AGENCY = "AGENCY";
    String EVIDENCE_SUBMITTER = "EVIDENCE_SUBMITTER";
    /** @param cases the distinct cases the institution appears on in any of its kinds */
    record InstitutionUse(String id, Set<String> kinds, long cases) {
        public InstitutionUse {
            kinds = Set.copyOf(kinds);
        }
    }

    List<InstitutionUse> uses();

    /** Whether the institution holds, or held, debts on this portal as their creditor of record. */
    boolean isCreditor(String institution);
}
