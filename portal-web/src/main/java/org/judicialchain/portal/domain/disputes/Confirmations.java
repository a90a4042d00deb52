package org.judicialchain.portal.domain.disputes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Requests for judicial confirmation and their decisions. Callers hold the transaction. */
public interface Confirmations {

    void add(ConfirmationRow c);

    /** @return false when the request was no longer awaiting the court */
    boolean decide(UUID id, String status, String reasons, String judge, Instant at, UUID documentId);

    Optional<ConfirmationRow> find(UUID id);

    List<ConfirmationRow> ofCase(String caseRef);

    List<ConfirmationRow> awaiting(int limit);
}
