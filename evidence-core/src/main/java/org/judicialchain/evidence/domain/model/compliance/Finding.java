package org.judicialchain.evidence.domain.model.compliance;

import java.util.List;
import java.util.UUID;

/**
 * One breach of one rule. Both explanations are full sentences with the facts a judge or a debtor
 * needs to check it (local time, counts, dates), so a finding can be cited without the records.
 *
 * @param ruleId        the rule's stable id, for example {@code CN-2026-NO-CONTACT-AT-NIGHT}
 * @param recordIds     the record the finding is about first, then the earlier records that make it a breach
 * @param explanationZh the explanation in Simplified Chinese
 * @param explanationEn the explanation in English
 * @param source        where the rule comes from
 */
public record Finding(String ruleId, Severity severity, List<UUID> recordIds, String explanationZh,
                      String explanationEn, String source) {

    public Finding {
        ruleId = requireText(ruleId, "ruleId");
        if (severity == null) {
            throw new IllegalArgumentException("severity is missing");
        }
        if (recordIds == null || recordIds.isEmpty()) {
            throw new IllegalArgumentException("recordIds must name at least the record the finding is about");
        }
        recordIds = List.copyOf(recordIds);
        explanationZh = requireText(explanationZh, "explanationZh");
        explanationEn = requireText(explanationEn, "explanationEn");
        source = requireText(source, "source");
    }

    /** The record this finding is about. */
    public UUID subject() {
        return recordIds.getFirst();
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return value;
    }
}
