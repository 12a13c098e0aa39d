package ru.probity.audit;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code access_log}: append-only (a trigger refuses changes), searched by the auditors. */
@Repository
class AccessLogStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AccessLogStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insert(
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

    /** One record per subject, in batches. */
    void insertEach(
            String username,
            AccessAction action,
            String subjectType,
            List<AccessLog.Subject> subjects,
            String details) {
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

    /**
     * The records of the organizations in the subtree of {@code organizationId} (and those without
     * an organization — sign-in failures — when it is the root of the tree), newest first, with
     * their times in {@code zone}; {@code limit} of them after {@code offset}.
     */
    List<Entry> search(long organizationId, AccessLogSearch query, String zone, int limit, long offset) {
        return jdbc.sql("""
                select l.id, (l.at at time zone :zone) as at_local, l.username, u.full_name, l.action, l.subject_type, l.subject_id, l.details, o.name as organization
                from access_log l
                left join organization o on o.id = l.organization_id
                left join app_user u on u.username = l.username
                where (l.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = :me)
                       or (l.organization_id is null
                           and exists (select 1 from organization r where r.id = :me and r.parent_id is null)))
                  and (:username = '' or lower(l.username) = lower(:username))
                  and (:action = '' or l.action = :action)
                  and (:subjectType = '' or l.subject_type = :subjectType)
                  and (:subjectId::bigint is null or l.subject_id = :subjectId::bigint)
                  and (:from::date is null or l.at >= :from::date::timestamp at time zone :zone)
                  and (:to::date is null or l.at < (:to::date + 1)::timestamp at time zone :zone)
                order by l.at desc, l.id desc
                limit :limit offset :offset""")
                .param("me", organizationId)
                .param("zone", zone)
                .param(
                        "username",
                        query.username() == null ? "" : query.username().strip())
                .param("action", query.action() == null ? "" : query.action().name())
                .param("subjectType", query.subjectType() == null ? "" : query.subjectType())
                .param("subjectId", query.subjectId())
                .param("from", query.from() == null ? null : java.sql.Date.valueOf(query.from()))
                .param("to", query.to() == null ? null : java.sql.Date.valueOf(query.to()))
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        rs.getObject("at_local", LocalDateTime.class),
                        rs.getString("username"),
                        rs.getString("full_name"),
                        rs.getString("action"),
                        rs.getString("subject_type"),
                        (Long) rs.getObject("subject_id"),
                        rs.getString("organization"),
                        rs.getString("details")))
                .list();
    }

    /** The full name of the account, or the login itself when there is no such account. */
    /**
     * The kinds of subject the log holds, without reading it all: a skip scan of the index on
     * {@code subject_type} (one index probe per kind).
     */
    List<String> subjectTypes() {
        return jdbc.sql("""
                with recursive kinds (kind) as (
                    select min(subject_type) from access_log
                    union all
                    select (select min(a.subject_type) from access_log a where a.subject_type > k.kind)
                    from kinds k where k.kind is not null)
                select kind from kinds where kind is not null""").query(String.class).list();
    }

    String fullName(String username) {
        return jdbc.sql("select full_name from app_user where lower(username) = lower(?)")
                .param(username)
                .query(String.class)
                .optional()
                .orElse(username);
    }

    /** A record of the log as the search page shows it, its time in the region's zone. */
    record Entry(
            long id,
            LocalDateTime at,
            String username,
            String fullName,
            String action,
            String subjectType,
            Long subjectId,
            String organization,
            String details) {

        /** The same record with other details (their Russian text). */
        Entry withDetails(String text) {
            return new Entry(id, at, username, fullName, action, subjectType, subjectId, organization, text);
        }
    }
}
