package org.judicialchain.portal.domain.operations;

import java.util.Map;

/**
 * Looks at the parts the portal runs on. The public readiness answer asks only whether they answer; the court
 * administrator's and auditor's view asks for the details (backlogs, chain, contract, the failure's own words).
 */
public interface OperationsProbe {

    /** One part: up or down, and what there is to say about it. */
    record Check(String name, boolean up, Map<String, Object> data) {
    }

    /** @param details whether to count the anchoring backlog and give a failure's message (never for the public) */
    Check database(boolean details);

    /** @param details whether to name the chain, its head, the registry and the node, and a failure's message */
    Check chain(boolean details);
}
