package org.judicialchain.evidence.domain.model.cases;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A case reference as people type it, and the global one the portal keys a case by.
 *
 * <p>Two banks both number their loans "LOAN-1": the reference alone names nothing. The global reference puts the
 * owning institution in front, {@code bank-a:LOAN-1}, so two institutions' numbers are different cases and neither
 * learns that the other's exists. A bare reference ({@code LOAN-1}) is read in the caller's view; the full one names
 * one case everywhere. References stored before namespaces existed stay as they were (their hashes are anchored):
 * their owner is recorded beside them.
 */
public final class CaseReference {

    public static final int MAX_LOCAL_LENGTH = 64;
    public static final int MAX_NAMESPACE_LENGTH = 64;
    /** What a stored case reference may be at most: a namespace, the colon and a local reference. */
    public static final int MAX_LENGTH = MAX_NAMESPACE_LENGTH + 1 + MAX_LOCAL_LENGTH;
    public static final char SEPARATOR = ':';

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");
    private static final Pattern NAMESPACE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private CaseReference() {
    }

    /** Checks a reference as given: bare, or qualified by a namespace; returns it unchanged. */
    public static String require(String ref) {
        if (ref == null || ref.isBlank()) {
            throw new IllegalArgumentException("caseRef is missing");
        }
        int colon = ref.indexOf(SEPARATOR);
        if (colon >= 0) {
            requireNamespace(ref.substring(0, colon), ref);
        }
        String local = colon >= 0 ? ref.substring(colon + 1) : ref;
        if (local.length() > MAX_LOCAL_LENGTH || !LOCAL.matcher(local).matches()) {
            throw new IllegalArgumentException("caseRef must be 1-" + MAX_LOCAL_LENGTH
                    + " letters, digits, '.', '_', '/' or '-', starting with a letter or digit, optionally after the"
                    + " owning institution and a colon (bank-a:LOAN-1)");
        }
        return ref;
    }

    /** The global reference of {@code local} in {@code namespace}'s numbering. */
    public static String qualified(String namespace, String local) {
        requireNamespace(namespace, namespace + SEPARATOR + local);
        return require(namespace + SEPARATOR + local);
    }

    public static boolean isQualified(String ref) {
        return ref.indexOf(SEPARATOR) >= 0;
    }

    /** The namespace a reference names, if it names one. */
    public static Optional<String> namespaceOf(String ref) {
        int colon = ref.indexOf(SEPARATOR);
        return colon < 0 ? Optional.empty() : Optional.of(ref.substring(0, colon));
    }

    /** The reference without its namespace: what the owner typed. */
    public static String localOf(String ref) {
        return ref.substring(ref.indexOf(SEPARATOR) + 1);
    }

    private static void requireNamespace(String namespace, String ref) {
        if (namespace.isEmpty() || namespace.length() > MAX_NAMESPACE_LENGTH || !NAMESPACE.matcher(namespace).matches()) {
            throw new IllegalArgumentException("caseRef '" + abbreviate(ref) + "' names no valid institution before the colon");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "...";
    }
}
