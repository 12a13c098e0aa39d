package ru.probity.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.probity.access.AccessRefused;

/**
 * Writes refused requests (HTTP 403) to the access log: an attempt to reach personal data outside
 * one's subtree or role is as much worth knowing as a read. The refused transaction has rolled back,
 * so the record is written on its own.
 */
@Component
class RefusalLog {

    private static final int MAX_DETAILS = 500;

    private final AccessLog accessLog;

    RefusalLog(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @EventListener
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
