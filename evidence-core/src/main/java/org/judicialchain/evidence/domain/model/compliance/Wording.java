package org.judicialchain.evidence.domain.model.compliance;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.judicialchain.evidence.domain.model.collection.Call;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;
import org.judicialchain.evidence.domain.model.collection.Letter;
import org.judicialchain.evidence.domain.model.collection.Sms;
import org.judicialchain.evidence.domain.model.collection.Visit;

/** The shared vocabulary of the explanations, so every finding states times and kinds alike. */
final class Wording {

    /** The offset is printed because on a fall-back day the same wall-clock time happens twice. */
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private Wording() {
    }

    /** {@code at} on the debtor's clock, for example {@code 2026-03-10 22:00:00 +08:00 (Asia/Shanghai)}. */
    static String local(ComplianceContext context, Instant at) {
        return LOCAL.format(context.local(at)) + " (" + context.debtorZone().getId() + ")";
    }

    static String zh(CollectionRecord record) {
        return switch (record) {
            case Call call -> "电话";
            case Sms sms -> "短信";
            case Letter letter -> "信函";
            case Visit visit -> "上门拜访";
        };
    }

    static String en(CollectionRecord record) {
        return switch (record) {
            case Call call -> "call";
            case Sms sms -> "SMS";
            case Letter letter -> "letter";
            case Visit visit -> "visit";
        };
    }

    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
