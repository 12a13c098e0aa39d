package ru.probity.portal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code portal_publication_log}. */
@Repository
class PublicationLogStore {

    private final JdbcClient jdbc;

    PublicationLogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            long organizationId,
            String section,
            String path,
            String title,
            PublicationLog.Action action,
            String username) {
        jdbc.sql("""
                insert into portal_publication_log (organization_id, section, path, title, action, created_by)
                values (:organization, :section, :path, :title, :action, :by)""")
                .param("organization", organizationId)
                .param("section", section)
                .param("path", path)
                .param("title", title)
                .param("action", action.name())
                .param("by", username)
                .update();
    }

    /** The id of the newest entry (0 when none): changes whenever something public changes. */
    long latestId() {
        return jdbc.sql("select coalesce(max(id), 0) from portal_publication_log")
                .query(Long.class)
                .single();
    }

    List<PublicationLog.Entry> recent(long organizationId, int limit) {
        return jdbc.sql("""
                select id, organization_id, section, path, title, action, created_at, created_by
                from portal_publication_log where organization_id = :organization
                order by created_at desc, id desc limit :limit""")
                .param("organization", organizationId)
                .param("limit", limit)
                .query((rs, n) -> new PublicationLog.Entry(
                        rs.getLong("id"),
                        rs.getLong("organization_id"),
                        rs.getString("section"),
                        rs.getString("path"),
                        rs.getString("title"),
                        PublicationLog.Action.valueOf(rs.getString("action")),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("created_by")))
                .list();
    }
}
