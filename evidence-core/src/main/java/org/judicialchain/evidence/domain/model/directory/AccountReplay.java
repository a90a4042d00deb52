package org.judicialchain.evidence.domain.model.directory;

import java.util.Collection;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.Map;

/**
 * Every account's standing from the contracts' events alone. The contracts' view functions are the
 * authority on what an account may do now; the replay finds which accounts to ask about and when and by
 * whom each was last changed, and a difference between the two means events are missing from the logs read.
 */
public final class AccountReplay {

    private AccountReplay() {
    }

    /** Applies the events in chain order, whatever order they come in; the map is ordered by account. */
    public static Map<String, AccountStanding> replay(Collection<? extends AccountEvent> events) {
        Map<String, AccountStanding> standings = new TreeMap<>();
        events.stream().sorted(Comparator.comparing(AccountEvent::change)).forEach(e ->
                standings.put(e.account(), standings.getOrDefault(e.account(), AccountStanding.unknown(e.account())).after(e)));
        return standings;
    }
}
