package org.judicialchain.evidence.domain.model.compliance;

/** How serious a finding is; the order of the constants is the order of gravity. */
public enum Severity {
    /** A gap in conduct or evidence that is unlikely to have harmed the debtor on its own. */
    LOW,
    /** A breach of a conduct rule that a judge should weigh. */
    MEDIUM,
    /** Collection that should not have happened at all, or harm to the debtor's privacy. */
    HIGH
}
