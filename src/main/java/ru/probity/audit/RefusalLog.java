package ru.probity.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessRefused;

/**
 * Writes refused requests (HTTP 403) to the access log: an attempt to reach personal data outside
 * one's subtree or role is as much worth knowing as a read. The record is written in a transaction
 * of its own: a request's refused transaction has rolled back already, and a refusal within work
 * that rolls back (a file of a batch not filed) must stay recorded all the same.
 */
@Component
class RefusalLog {

    private static final int MAX_DETAILS = 500;

    private final AccessLog accessLog;

    RefusalLog(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void refused(AccessRefused refusal) {
        String details = refusal.path() + (refusal.reason() == null ? "" : " — " + refusal.reason());
        accessLog.recordAs(
                refusal.username(),
                AccessAction.REFUSED,
                "REQUEST",
                null,
                refusal.organizationId(),
                details.length() > MAX_DETAILS ? details.substring(0, MAX_DETAILS) : details);
    }
}
