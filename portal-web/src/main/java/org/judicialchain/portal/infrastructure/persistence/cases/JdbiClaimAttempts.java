package org.judicialchain.portal.infrastructure.persistence.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.judicialchain.portal.domain.cases.ClaimAttempts;
import org.judicialchain.portal.infrastructure.persistence.Database;

/** Wrong access codes in claim_failure; a caller's claims are serialised with a transaction-scoped advisory lock. */
@ApplicationScoped
public class JdbiClaimAttempts implements ClaimAttempts {

    @Inject
    Database database;

    @Override
    public void lockCaller(String partyId) {
        database.jdbi().useHandle(h -> h.createQuery("select 1 from (select pg_advisory_xact_lock(hashtext('claim:' || :party))) as locked")
                .bind("party", partyId).mapTo(Integer.class).list());
    }

    @Override
    public void recordFailure(String caseRef, String partyId, Instant at) {
        database.jdbi().useHandle(h -> h.createUpdate("insert into claim_failure (case_ref, party_id, failed_at)"
                        + " values (:caseRef, :party, :at)")
                .bind("caseRef", caseRef).bind("party", partyId).bind("at", at).execute());
    }

    @Override
    public void forget(String caseRef) {
        database.jdbi().useHandle(h -> h.createUpdate("delete from claim_failure where case_ref = :caseRef")
                .bind("caseRef", caseRef).execute());
    }

    @Override
    public int failures(String caseRef, String partyId) {
        return database.jdbi().withHandle(h -> h.createQuery("select count(*) from claim_failure"
                        + " where case_ref = :caseRef and party_id = :party")
                .bind("caseRef", caseRef).bind("party", partyId).mapTo(Integer.class).one());
    }

    @Override
    public int failuresSince(String partyId, Instant since) {
        return database.jdbi().withHandle(h -> h.createQuery("select count(*) from claim_failure"
                        + " where party_id = :party and failed_at >= :since")
                .bind("party", partyId).bind("since", since).mapTo(Integer.class).one());
    }
}
