package org.judicialchain.ruling.document;

/**
 * How a court writes its case numbers, for example {@code ({year})京0491民特{number}号}: {year} is the year of
 * issue in the court's time zone, {number} the matter's place in the court's sequence for that year and type.
 */
public record CaseNumberPattern(String pattern) {

    public CaseNumberPattern {
        pattern = Texts.required(pattern, "case number pattern", 80);
        if (!pattern.contains("{number}")) {
            throw new IllegalArgumentException("a case number pattern names {number}: " + pattern);
        }
    }

    public String format(int year, int number) {
        if (number <= 0) {
            throw new IllegalArgumentException("case numbers start at 1: " + number);
        }
        return pattern.replace("{year}", Integer.toString(year)).replace("{number}", Integer.toString(number));
    }
}
