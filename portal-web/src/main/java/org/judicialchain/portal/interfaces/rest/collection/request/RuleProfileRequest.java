package org.judicialchain.portal.interfaces.rest.collection.request;

import jakarta.validation.constraints.NotBlank;

/** The rules in force on a case (a RuleProfile name). */
public record RuleProfileRequest(@NotBlank(message = "is missing") String ruleProfile) {
}
