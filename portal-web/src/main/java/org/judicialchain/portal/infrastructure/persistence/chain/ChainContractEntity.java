package org.judicialchain.portal.infrastructure.persistence.chain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.judicialchain.portal.infrastructure.persistence.InstantConverter;

/** The registry this portal deployed on a chain that had no configured address. */
@Entity
@Table(name = "chain_contract")
public class ChainContractEntity {

    @Id
    @Column(name = "chain_id")
    long chainId;
    String address;
    @Column(name = "deployed_at")
    @Convert(converter = InstantConverter.class)
    Instant deployedAt;

    public ChainContractEntity() {
    }

    public ChainContractEntity(long chainId, String address, Instant deployedAt) {
        this.chainId = chainId;
        this.address = address;
        this.deployedAt = deployedAt;
    }

    public String address() {
        return address;
    }
}
