package org.judicialchain.ruling.document;

/** The chain and the EvidenceRegistry contract the manifest's roots are anchored on. */
public record ChainReference(long chainId, String registryContract) {

    public ChainReference {
        if (chainId <= 0) {
            throw new IllegalArgumentException("chain id must be positive");
        }
        registryContract = Hex.requireAddress(registryContract, "registry contract");
    }
}
