package org.judicialchain.portal.application.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import org.judicialchain.portal.domain.collection.CollectionRecords;
import org.judicialchain.portal.domain.evidence.EvidenceRecords;

/**
 * Who made each item of a case: the institution (or debtor) behind every evidence item, collection record and
 * compliance finding, by id. Listings that name items of several parties use it to show each reader only theirs
 * where the access policy scopes reads by item (security review, item 16: agencies).
 */
@ApplicationScoped
public class OwningCaseItems {

    @Inject
    EvidenceRecords evidence;
    @Inject
    CollectionRecords collection;

    /** Item id (as text) to its maker; ids of nothing on this case are absent. */
    public record Owners(Map<String, String> byItem) {
        public String of(String id) {
            return byItem.get(id);
        }
    }

    @Transactional
    public Owners of(String caseRef) {
        Map<String, String> owners = new HashMap<>();
        evidence.findByCase(caseRef).forEach(r -> owners.put(r.id().toString(), r.submitter()));
        collection.ofCase(caseRef).forEach(r -> owners.put(r.id().toString(), r.agency()));
        collection.findings(caseRef).forEach(f -> owners.put(f.id().toString(), f.agency()));
        return new Owners(owners);
    }
}
