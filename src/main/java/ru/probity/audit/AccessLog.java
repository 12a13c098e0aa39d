package ru.probity.audit;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;

/**
 * Writes the access log. A record is written in the caller's transaction, so a change that rolls
 * back leaves no trace claiming it happened, and a change that commits is always attributed.
 */
@Service
public class AccessLog {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AccessLog(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
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
        jdbc.sql("""
                insert into access_log (username, action, subject_type, subject_id, organization_id, details)
                values (?, ?, ?, ?, ?, ?)""")
                .params(username, action.name(), subjectType, subjectId, organizationId, details)
                .update();
    }

    /** Records that the current user read many subjects at once (a list or an export): one batch. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public void recordEach(AccessAction action, String subjectType, List<Subject> subjects, String details) {
        if (subjects.isEmpty()) {
            return;
        }
        String username = CurrentUser.actorName();
        template.batchUpdate(
                "insert into access_log (username, action, subject_type, subject_id, organization_id, details)"
                        + " values (?, ?, ?, ?, ?, ?)",
                subjects,
                500,
                (ps, subject) -> {
                    ps.setString(1, username);
                    ps.setString(2, action.name());
                    ps.setString(3, subjectType);
                    ps.setLong(4, subject.id());
                    ps.setObject(5, subject.organizationId());
                    ps.setString(6, details);
                });
    }

    /** One record whose personal data was accessed. */
    public record Subject(long id, Long organizationId) {}
}
