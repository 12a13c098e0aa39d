package ru.probity.notifications;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.platform.AttachedFile;

/** The files of notifications ({@code notification_file}), with their content and SHA-256. */
@Repository
class NotificationFileStore {

    private final JdbcClient jdbc;

    NotificationFileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long notificationId, AttachedFile f, String actor) {
        jdbc.sql("""
                insert into notification_file (notification_id, name, content_type, size, sha256, content, uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        notificationId,
                        f.name(),
                        f.type().contentType(),
                        f.content().length,
                        f.sha256(),
                        f.content(),
                        actor)
                .update();
    }

    List<NotificationFiles.Info> list(long notificationId) {
        return jdbc.sql("""
                select id, name, content_type, size, sha256, coalesce((select u.full_name from app_user u where u.username = uploaded_by), uploaded_by) as uploaded_by, uploaded_at from notification_file
                where notification_id = ? order by id""")
                .param(notificationId)
                .query((rs, n) -> new NotificationFiles.Info(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("content_type"),
                        rs.getInt("size"),
                        rs.getString("sha256"),
                        rs.getString("uploaded_by"),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    Optional<NotificationFiles.Content> content(long notificationId, long fileId) {
        return jdbc.sql(
                        "select name, content_type, content from notification_file where id = ? and notification_id = ?")
                .params(fileId, notificationId)
                .query((rs, n) -> new NotificationFiles.Content(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }
}
