package org.judicialchain.portal.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/** Percentiles and the one output format every bench main uses: {@code RESULT key=value} lines that bench/run.sh collects. */
public final class BenchStats {

    private BenchStats() {
    }

    /** Nearest-rank percentile of unsorted values (p in 0..100); NaN when empty. */
    public static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
    }

    public static double percentile(Collection<? extends Number> values, double p) {
        return percentile(values.stream().mapToDouble(Number::doubleValue).toArray(), p);
    }

    public static double median(double... values) {
        return percentile(values, 50);
    }

    /** One machine-readable line (key without spaces; value formatted with 2 decimals when fractional). */
    public static void result(String key, Object value) {
        String v = value instanceof Double d ? format(d) : value instanceof Float f ? format(f) : String.valueOf(value);
        System.out.println("RESULT " + key + "=" + v);
        System.out.flush();
    }

    public static String format(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "n/a";
        }
        return Math.abs(d) >= 100 ? String.format(Locale.ROOT, "%.0f", d) : String.format(Locale.ROOT, "%.2f", d);
    }

    public static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, format + "%n", args);
        System.out.flush();
    }
}
