package org.judicialchain.portal.application.evidence;

/** What intake counts for the operator: evidence items accepted. */
public interface IntakeMetrics {

    void evidenceAccepted();
}
