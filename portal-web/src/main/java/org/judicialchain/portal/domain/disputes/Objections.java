package org.judicialchain.portal.domain.disputes;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.compliance.DisputePause;

/** Debtors' objections, the answers of lenders and agencies, and the courts' decisions. Callers hold the transaction. */
public interface Objections {

    /** A reference a debtor can read out on the phone: OBJ-2026-000042. */
    String nextReference(int year);

    void add(ObjectionRow o);

    void addResponse(UUID objectionId, ObjectionRow.Response r);

    /** Writes what a step of the objection changed: its status, assignment, decision and pause. */
    void save(ObjectionRow o);

    /** Locks the objection for the rest of the transaction. */
    Optional<ObjectionRow> lock(UUID id);

    Optional<ObjectionRow> find(UUID id);

    List<ObjectionRow> ofCase(String caseRef);

    /** Objections not yet decided, for the work queues (the caller filters by who may see them). */
    List<ObjectionRow> open(int limit);

    /** The intervals during which disputes paused collection on the case (the compliance rules' input). */
    List<DisputePause> pauses(String caseRef);

    List<ObjectionRow.Response> responses(UUID objectionId);
}
