package org.judicialchain.portal.domain.notifications;

import java.time.Instant;
import java.util.List;

/** Notifications stored for the work queues, and their e-mail delivery state. */
public interface Notifications {

    /** {@code event} is null for notifications stored before events were (their subject says it in English). */
    record NotificationRow(long id, String audience, String recipient, String caseRef, String subject,
                                  Instant createdAt, Instant emailedAt, String emailError, String event, String paramsJson) {
    }

    long add(String audience, String recipient, String caseRef, String subject, String event, String paramsJson, Instant now);

    void emailed(long id, Instant at, String error);

    /** Notifications not yet e-mailed nor given up on, locked for this transaction. */
    List<NotificationRow> claimUnsent(int max);

    List<NotificationRow> forRecipient(String audience, String recipient, int limit);
}
