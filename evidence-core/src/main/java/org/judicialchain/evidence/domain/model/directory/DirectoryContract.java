package org.judicialchain.evidence.domain.model.directory;

/** The two contracts whose allowlists and admins make up the chain directory. */
public enum DirectoryContract {
    /** EvidenceRegistry: who may anchor, for which institution. */
    REGISTRY,
    /** CaseLifecycle: who may move cases, in which role, for which organisation. */
    LIFECYCLE
}
