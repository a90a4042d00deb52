package org.judicialchain.evidence.domain.model.collection;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/**
 * One collection action on a case, as the agency logged it and as the compliance rules judge it.
 * The set of kinds is closed so that every rule decides explicitly what it does with each one.
 */
public sealed interface CollectionRecord permits Call, Sms, Letter, Visit {

    /**
     * The order in which a case's records happened. Records at the same instant are ordered by id,
     * so a replay over the same history always sees the same sequence and yields the same findings.
     */
    Comparator<CollectionRecord> CHRONOLOGICAL =
            Comparator.comparing(CollectionRecord::occurredAt).thenComparing(CollectionRecord::id);

    UUID id();

    /** The case this action was taken on. */
    String caseRef();

    /** The institution id of the collection agency (or lender) that acted. */
    String agency();

    /** When the action started (a call's start, an SMS's send time, a letter's dispatch, a visit's arrival). */
    Instant occurredAt();
}
