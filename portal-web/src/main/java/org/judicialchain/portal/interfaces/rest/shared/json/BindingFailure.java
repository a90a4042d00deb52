package org.judicialchain.portal.interfaces.rest.shared.json;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.judicialchain.portal.interfaces.rest.shared.RequestValues;

/**
 * A JSON body that does not bind to its request record: an unknown field, a value of the wrong type,
 * an unknown or missing type of a polymorphic record. The message names the field (a path such as
 * "leaf.values" for nested records) and the problem, in words for the caller; JSON-B's own text, which
 * names classes, stays out of it.
 */
public class BindingFailure extends RuntimeException {

    static final String NOT_A_STRING = "must be a string";
    static final String NOT_A_BOOLEAN = "must be true or false";

    private static final Pattern PROPERTY = Pattern.compile("^Unable to deserialize property '([^']*)' because of: ");
    private static final Pattern UNKNOWN = Pattern.compile("^Json property (.*) can not be mapped to a class (?:class )?(\\S+?)\\.?$",
            Pattern.DOTALL);
    private static final Pattern POSITION = Pattern.compile("^Incorrect position for processing type: (?:class |interface )?(\\S+?)\\.? Received event");
    private static final Pattern VALUE = Pattern.compile("^Error deserialize JSON value into type: (?:class |interface )?(\\S+?)\\.?$");
    private static final Pattern ALIAS = Pattern.compile("^Unknown alias \"(.*)\" of the type (\\S+?)\\.? Known aliases", Pattern.DOTALL);
    private static final Pattern NO_TYPE = Pattern.compile("^Cannot infer a type for unmarshalling into: (\\S+?)\\.?$");

    public BindingFailure(Throwable cause) {
        super(describe(cause), cause);
    }

    /** The field path and the problem, from the chain of JSON-B exceptions. */
    static String describe(Throwable failure) {
        String text = "";
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.json.bind.JsonbException && t.getMessage() != null) {
                text = t.getMessage(); // the outermost one carries the whole path
                break;
            }
        }
        List<String> path = new ArrayList<>();
        Matcher m;
        while ((m = PROPERTY.matcher(text)).find()) {
            path.add(RequestValues.abbreviate(m.group(1)));
            text = text.substring(m.end());
        }
        String field = String.join(".", path);
        String problem = problem(text, field);
        return problem.startsWith("unknown field") || field.isEmpty() ? problem : field + " " + problem;
    }

    private static String problem(String text, String field) {
        if (text.equals(NOT_A_STRING) || text.equals(NOT_A_BOOLEAN)) {
            return text;
        }
        Matcher m = UNKNOWN.matcher(text);
        if (m.find()) {
            String name = (field.isEmpty() ? "" : field + ".") + RequestValues.abbreviate(m.group(1));
            List<String> accepted = accepted(m.group(2));
            return "unknown field '" + name + "'" + (accepted.isEmpty() ? "" : "; accepted: " + String.join(", ", accepted));
        }
        if ((m = POSITION.matcher(text)).find() || (m = VALUE.matcher(text)).find()) {
            return expected(m.group(1));
        }
        if ((m = ALIAS.matcher(text)).find()) {
            TypeKey key = typeKey(m.group(2));
            return key.name() + " '" + RequestValues.abbreviate(m.group(1)) + "' is unknown; one of " + key.aliases();
        }
        if ((m = NO_TYPE.matcher(text)).find()) {
            TypeKey key = typeKey(m.group(1));
            return key.name() + " is missing or not a string; one of " + key.aliases();
        }
        return "does not fit the request: check the field types against the API documentation";
    }

    private static String expected(String type) {
        return switch (type) {
            case "java.lang.String" -> NOT_A_STRING;
            case "java.lang.Boolean", "boolean" -> NOT_A_BOOLEAN;
            case "java.math.BigDecimal", "java.lang.Double", "java.lang.Float" -> "must be a decimal number such as 1200.50";
            case "java.lang.Long", "java.lang.Integer", "long", "int", "java.math.BigInteger" -> "must be a whole number";
            case "java.util.List", "java.util.Set", "java.util.Collection" -> "must be an array";
            default -> type.startsWith("java.") ? "has the wrong type" : "must be a JSON object";
        };
    }

    private record TypeKey(String name, List<String> aliases) {
    }

    private static TypeKey typeKey(String className) {
        Class<?> type = load(className);
        JsonbTypeInfo info = type == null ? null : type.getAnnotation(JsonbTypeInfo.class);
        if (info == null) {
            return new TypeKey("type", List.of());
        }
        return new TypeKey(info.key(), Arrays.stream(info.value()).map(JsonbSubtype::alias).toList());
    }

    /** The JSON names of a request record's fields, for the message about a field it does not have. */
    private static List<String> accepted(String className) {
        Class<?> type = load(className);
        if (type == null || !type.isRecord()) {
            return List.of();
        }
        TreeSet<String> names = new TreeSet<>();
        for (var c : type.getRecordComponents()) {
            JsonbProperty renamed = c.getAnnotation(JsonbProperty.class);
            names.add(renamed != null && !renamed.value().isEmpty() ? renamed.value() : c.getName());
        }
        for (Class<?> i : type.getInterfaces()) {
            JsonbTypeInfo info = i.getAnnotation(JsonbTypeInfo.class);
            if (info != null) {
                names.add(info.key());
            }
        }
        return List.copyOf(names);
    }

    /** Only the portal's own request records are looked up (the name comes from JSON-B's message). */
    private static Class<?> load(String className) {
        if (!className.startsWith("org.judicialchain.portal.interfaces.rest.")) {
            return null;
        }
        try {
            return Class.forName(className, false, BindingFailure.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
