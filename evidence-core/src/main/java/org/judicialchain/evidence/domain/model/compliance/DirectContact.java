package org.judicialchain.evidence.domain.model.compliance;

import org.judicialchain.evidence.domain.model.collection.Call;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;
import org.judicialchain.evidence.domain.model.collection.Letter;
import org.judicialchain.evidence.domain.model.collection.Sms;
import org.judicialchain.evidence.domain.model.collection.Visit;

/** Which records reach a person at the moment they happen, for the hour-of-day rules. */
final class DirectContact {

    private DirectContact() {
    }

    /** Calls, messages and visits do; a letter's dispatch time says nothing about when it is read. */
    static boolean isDirect(CollectionRecord record) {
        return !(record instanceof Letter);
    }

    /**
     * Whether the debtor's consent to be contacted at this hour is on record. Only calls and
     * messages carry one: consent to be phoned late is not consent to a visit at night.
     */
    static boolean hasLateContactConsent(CollectionRecord record) {
        return switch (record) {
            case Call call -> call.lateContactConsent();
            case Sms sms -> sms.lateContactConsent();
            case Letter letter -> false;
            case Visit visit -> false;
        };
    }
}
