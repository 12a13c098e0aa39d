package ru.probity.audit;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.platform.RegionTime;

/**
 * Writes the access log. A record is written in the caller's transaction, so a change that rolls
 * back leaves no trace claiming it happened, and a change that commits is always attributed. The
 * search of the log is for the regional administrator and the auditor, limited to the organizations
 * of their subtree (records without an organization — sign-in failures — only for users at the
 * root of the tree), and is itself logged.
 */
@Service
public class AccessLog {

    static final int PAGE_SIZE = 100;

    private final AccessLogStore store;
    private final RegionTime regionTime;

    AccessLog(AccessLogStore store, RegionTime regionTime) {
        this.store = store;
        this.regionTime = regionTime;
    }

    /** Records an access by the current user. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public void record(AccessAction action, String subjectType, Long subjectId, Long organizationId, String details) {
        recordAs(CurrentUser.actorName(), action, subjectType, subjectId, organizationId, details);
    }

    /** Records an access by a named user (e.g. a failed login, where nobody is signed in yet). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public void recordAs(
            String username,
            AccessAction action,
            String subjectType,
            Long subjectId,
            Long organizationId,
            String details) {
        store.insert(username, action, subjectType, subjectId, organizationId, details);
    }

    /** Records that the current user read many subjects at once (a list or an export): one batch. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public void recordEach(AccessAction action, String subjectType, List<Subject> subjects, String details) {
        if (subjects.isEmpty()) {
            return;
        }
        store.insertEach(CurrentUser.actorName(), action, subjectType, subjects, details);
    }

    /** One record whose personal data was accessed. */
    public record Subject(long id, Long organizationId) {}

    /** A page of the search: its records, and whether another page follows. */
    record Found(List<AccessLogStore.Entry> entries, boolean hasNext) {}

    /** A page of the records the user may read that match the query; the search itself is logged. */
    Found search(CurrentUser user, AccessLogSearch query) {
        if (!user.role().readsAccessLog()) {
            throw new AccessDeniedException("Role " + user.role() + " may not read the access log");
        }
        List<AccessLogStore.Entry> entries = store.search(
                user.organizationId(), query, regionTime.id(), PAGE_SIZE + 1, (long) query.safePage() * PAGE_SIZE);
        // reading the log is itself logged, with what was looked for (issue 14, item 13)
        record(AccessAction.READ, "ACCESS_LOG", null, user.organizationId(), query.described());
        return new Found(entries.subList(0, Math.min(entries.size(), PAGE_SIZE)), entries.size() > PAGE_SIZE);
    }

    /** The kinds of subject found in the log, for the search form's filter (every area's, new ones too). */
    List<String> subjectTypes(CurrentUser user) {
        if (!user.role().readsAccessLog()) {
            throw new AccessDeniedException("Role " + user.role() + " may not read the access log");
        }
        return store.subjectTypes();
    }
}
