package org.judicialchain.evidence.domain.model.compliance;

/**
 * The set of conduct rules a case is collected under. Every profile also gets the universal rules
 * (no collection after settlement, only under a valid authorisation, none during a dispute pause).
 */
public enum RuleProfile {
    /** China Banking Association consumer-loan collection guideline, 2026 edition. */
    CN_2026,
    /** US Regulation F (12 CFR part 1006), the FDCPA's implementing rule. */
    US_REG_F
}
