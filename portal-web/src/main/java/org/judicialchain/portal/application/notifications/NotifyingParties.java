package org.judicialchain.portal.application.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.judicialchain.portal.domain.notifications.Notifications;

/**
 * Tells a party that something awaits them: stored for the work queue in the caller's transaction. E-mail
 * (when an SMTP server is configured) is sent after commit by {@code NotificationMailer}; nothing is sent
 * without one. Notices name the case and what happened, never personal data.
 */
@ApplicationScoped
public class NotifyingParties {

    public enum Audience { INSTITUTION, PARTY, COURT }

    @Inject
    Notifications store;

    public void tell(Audience audience, String recipient, String caseRef, Notice notice, Instant now) {
        if (recipient != null) {
            store.add(audience.name(), recipient, caseRef, notice.subject(), notice.event().name(), notice.paramsJson(), now);
        }
    }
}
