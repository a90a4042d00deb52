package org.judicialchain.portal.domain.privacy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Erasure requests, and the erasure done on a case. */
public interface ErasureRequests {

    void add(ErasureRequest request);

    /** Writes the decision; false when the request was no longer open (decided meanwhile). */
    boolean decide(ErasureRequest decided);

    Optional<ErasureRequest> find(UUID id);

    List<ErasureRequest> ofCase(String caseRef);

    /** The executed erasure of a case, if its personal data was erased. */
    Optional<ErasureRequest> erasureOf(String caseRef);

    /** Drops what erasure leaves unreadable anyway: the sealed served copies of the case's documents. */
    int dropSealedCopies(String caseRef);
}
