package org.judicialchain.portal.domain.disputes;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Requests for judicial confirmation and their decisions. Callers hold the transaction. */
public interface Confirmations {

    void add(ConfirmationRow c);

    /**
     * Writes the court's decision on a request, only while the stored request still awaits the court.
     *
     * @return false when it was decided meanwhile (by another judge, or another instance)
     */
    boolean saveDecision(ConfirmationRow decided);

    Optional<ConfirmationRow> find(UUID id);

    List<ConfirmationRow> ofCase(String caseRef);

    List<ConfirmationRow> awaiting(int limit);
}
