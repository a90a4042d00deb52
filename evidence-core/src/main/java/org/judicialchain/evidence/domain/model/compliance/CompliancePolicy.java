package org.judicialchain.evidence.domain.model.compliance;

import java.util.List;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;

/**
 * One conduct rule. A policy is a pure function of the case facts and the record: no clock, no
 * storage, so re-running it over a history always gives the same findings.
 */
public interface CompliancePolicy {

    /** Stable id of the rule, carried by every finding it produces. */
    String ruleId();

    /** The text the rule comes from, carried by every finding it produces. */
    String source();

    /**
     * The breaches of this rule by {@code record}, judged against what happened before it
     * ({@link ComplianceContext#priorRecords()}); empty when the record complies.
     */
    List<Finding> check(ComplianceContext context, CollectionRecord record);
}
