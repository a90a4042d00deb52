package org.judicialchain.portal.domain.evidence;

import java.util.Optional;

/** How an item was captured, as its submitter states it: method and device, either may be absent. */
public record CaptureDetails(Optional<String> method, Optional<String> device) {

    public static final int MAX_LENGTH = 200;
    public static final CaptureDetails NONE = new CaptureDetails(Optional.empty(), Optional.empty());

    public boolean stated() {
        return method.isPresent() || device.isPresent();
    }
}
