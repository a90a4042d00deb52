package org.judicialchain.evidence.domain.model.directory;

import java.util.Locale;
import java.util.regex.Pattern;

/** Chain account addresses in one spelling (lower-case 0x hex), so that events, views and configuration compare equal. */
public final class ChainAddress {

    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-f]{40}");

    private ChainAddress() {
    }

    /** @throws IllegalArgumentException when {@code address} is not a 20-byte hex address */
    public static String normalise(String address) {
        String lower = address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
        if (!ADDRESS.matcher(lower).matches()) {
            throw new IllegalArgumentException("not a chain account address: " + address);
        }
        return lower;
    }
}
