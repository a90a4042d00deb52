package org.judicialchain.portal.application.lifecycle;

import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The lifecycle steps asked for while serving one request, so that the answer can wait for the chain's decision on
 * them ({@link AwaitingTheChain}). Jobs run with a request context of their own, which ends with them.
 */
@RequestScoped
public class RequestedSteps {

    private final List<Long> ids = new ArrayList<>();

    void add(long stepId) {
        ids.add(stepId);
    }

    public List<Long> ids() {
        return List.copyOf(ids);
    }
}
