package org.judicialchain.portal.infrastructure.persistence.chain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** Remembers which registry this portal deployed on which chain, so a restart finds it again. */
@ApplicationScoped
public class RegistryAddresses {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Transactional
    public Optional<String> deployedOn(long chainId) {
        return Optional.ofNullable(em.find(ChainContractEntity.class, chainId)).map(ChainContractEntity::address);
    }

    @Transactional
    public void remember(long chainId, String address, Instant now) {
        em.merge(new ChainContractEntity(chainId, address, now));
    }
}
