package org.judicialchain.portal.infrastructure.persistence.chain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.judicialchain.portal.infrastructure.persistence.Database;

/** Remembers which lifecycle contract this portal deployed on which chain, so a restart finds it again. */
@ApplicationScoped
public class LifecycleAddresses {

    @Inject
    Database database;

    @Transactional
    public Optional<String> deployedOn(long chainId) {
        return database.jdbi().withHandle(h -> h.createQuery("select address from lifecycle_contract where chain_id = :chainId")
                .bind("chainId", chainId).mapTo(String.class).findFirst());
    }

    @Transactional
    public void remember(long chainId, String address) {
        database.jdbi().useHandle(h -> h.createUpdate("insert into lifecycle_contract (chain_id, address, deployed_at)"
                        + " values (:chainId, :address, :now) on conflict (chain_id) do update set address = excluded.address,"
                        + " deployed_at = excluded.deployed_at")
                .bind("chainId", chainId).bind("address", address).bind("now", Instant.now()).execute());
    }
}
