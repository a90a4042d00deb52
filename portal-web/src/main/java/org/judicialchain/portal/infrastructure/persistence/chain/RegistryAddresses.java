package org.judicialchain.portal.infrastructure.persistence.chain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.judicialchain.portal.infrastructure.persistence.Database;

/** Remembers which registry this portal deployed on which chain, so a restart finds it again. */
@ApplicationScoped
public class RegistryAddresses {

    @Inject
    Database database;

    @Transactional
    public Optional<String> deployedOn(long chainId) {
        return database.jdbi().withHandle(h -> h.createQuery("select address from chain_contract where chain_id = :chainId")
                .bind("chainId", chainId).mapTo(String.class).findFirst());
    }

    /** Inserts or replaces the chain's row (what merging the entity did). */
    @Transactional
    public void remember(long chainId, String address, Instant now) {
        database.jdbi().useHandle(h -> h.createUpdate("insert into chain_contract (chain_id, address, deployed_at)"
                        + " values (:chainId, :address, :now) on conflict (chain_id) do update set address = excluded.address,"
                        + " deployed_at = excluded.deployed_at")
                .bind("chainId", chainId).bind("address", address).bind("now", now).execute());
    }
}
