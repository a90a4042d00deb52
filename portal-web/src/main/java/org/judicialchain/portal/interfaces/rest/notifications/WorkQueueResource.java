package org.judicialchain.portal.interfaces.rest.notifications;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.judicialchain.identity.access.Caller;
import org.judicialchain.portal.application.notifications.Notice;
import org.judicialchain.portal.application.workqueue.ListingWorkQueues;
import org.judicialchain.portal.interfaces.rest.disputes.DisputeDtos;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;

/** What awaits the signed-in caller, whatever their role; each item only from cases they may see. */
@Path("v1/work-queue")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class WorkQueueResource {

    @Inject
    ListingWorkQueues queues;
    @Inject
    Guard guard;

    @GET
    public DisputeDtos.WorkQueue queue() {
        guard.requireSignedIn();
        Caller who = guard.caller();
        var items = queues.itemsFor(who, Instant.now()).stream().map(i -> new DisputeDtos.QueueItem(i.kind(), i.caseRef(), i.id(),
                i.reference(), i.summary(), i.since(), i.dueAt(), i.overdue(), i.objectionType(), i.excerpt(), i.precheckClean(),
                i.draftReady())).toList();
        var notices = queues.noticesFor(who).stream().map(n -> new DisputeDtos.NoticeView(n.caseRef(), n.subject(), n.event(),
                Notice.params(n.paramsJson()), n.createdAt(), n.emailedAt() != null)).toList();
        return new DisputeDtos.WorkQueue(who.roles().stream().map(r -> r.claim()).sorted().findFirst().orElse(""), items, notices);
    }
}
