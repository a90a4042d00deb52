package org.judicialchain.evidence.domain.model.cases;

/**
 * The debtor's personal data. Kept off chain and encrypted at rest; shown masked. toString never
 * prints it, so it cannot leak into logs.
 */
public record Debtor(String name, String idNumber, String phone) {

    public Debtor {
        name = required(name, "debtor name", 100);
        idNumber = required(idNumber, "debtor id number", 40);
        phone = required(phone, "debtor phone", 30);
        if (!phone.matches("\\+?[0-9 ()-]{5,30}")) {
            throw new IllegalArgumentException("debtor phone must hold digits, spaces, '+', '-', '(' or ')'");
        }
        if (!idNumber.matches("[0-9A-Za-z-]{4,40}")) {
            throw new IllegalArgumentException("debtor id number must be 4-40 letters, digits or '-'");
        }
    }

    /** What a document or a page may show: 张*, 1101**********1234, 138****5678. */
    public Masked masked() {
        return new Masked(Masking.name(name), Masking.middle(idNumber, 4, 4), Masking.middle(phone, 3, 4));
    }

    /** The debtor as shown: no longer personal data a reader could use. */
    public record Masked(String name, String idNumber, String phone) {
    }

    @Override
    public String toString() {
        return "Debtor[masked]";
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
        if (v.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + " contains control characters");
        }
        return v;
    }
}
