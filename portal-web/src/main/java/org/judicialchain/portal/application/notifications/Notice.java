package org.judicialchain.portal.application.notifications;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.judicialchain.portal.domain.shared.InvalidInputException;

/**
 * What a notification tells: an event and its parameters (case and objection references, types,
 * states, institutions; never a debtor's personal data). The pages word it in the reader's language
 * from {@code notice.<EVENT>} in their bundles; the English subject here is for e-mail and API clients.
 */
public record Notice(Event event, Map<String, String> params) {

    public enum Event {
        OBJECTION_FILED("objection {reference} ({type}) filed on case {caseRef}; answer by {dueAt}"),
        OBJECTION_ANSWERED("{institution} answered objection {reference}"),
        OBJECTION_ASSIGNED("objection {reference} is with {judge}"),
        OBJECTION_DECIDED("objection {reference} decided: {outcome}; case {caseRef} is {state}"),
        CONFIRMATION_REQUESTED("judicial confirmation requested on case {caseRef} ({precheck})"),
        CONFIRMATION_DECIDED("judicial confirmation {statusWord} on case {caseRef}"),
        CASE_REFERRED("case {caseRef} referred to the court by the escalation policy at D+{days}"),
        CASE_ACCEPTED("case {caseRef} accepted by the court"),
        CASE_BEFORE_COURT("case {caseRef} is now before the court");

        private final String english;

        Event(String english) {
            this.english = english;
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    public Notice {
        params = Map.copyOf(params);
    }

    /** A notice with parameters given as name, value, name, value, ... */
    public static Notice of(Event event, String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new InvalidInputException("parameters come in name/value pairs");
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
        }
        return new Notice(event, params);
    }

    public String subject() {
        Matcher m = PLACEHOLDER.matcher(event.english);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(params.getOrDefault(m.group(1), "?")));
        }
        return m.appendTail(out).toString();
    }

    /** The parameters as stored: a JSON object of strings, in name order. */
    public String paramsJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        params.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> json.add(e.getKey(), e.getValue()));
        return json.build().toString();
    }

    /** Reads what {@link #paramsJson()} stored; nothing stored (a notice from before events) reads as no parameters. */
    public static Map<String, String> params(String paramsJson) {
        if (paramsJson == null || paramsJson.isBlank()) {
            return Map.of();
        }
        Map<String, String> out = new TreeMap<>();
        Json.createReader(new StringReader(paramsJson)).readObject().forEach((name, value) -> out.put(name, ((JsonString) value).getString()));
        return out;
    }
}
