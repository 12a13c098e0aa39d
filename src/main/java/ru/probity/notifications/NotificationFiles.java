package ru.probity.notifications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.probity.platform.AttachedFile;

/**
 * Attachments of notifications: PDF, JPEG, PNG, DOCX or text recognised by content, at most
 * {@code probity.notifications.max-files} per upload and {@code max-file-mb} each, kept in the
 * database with their SHA-256 and served only as downloads.
 */
@Component
class NotificationFiles {

    private final JdbcClient jdbc;
    private final long maxFileBytes;
    private final int maxFiles;

    NotificationFiles(
            JdbcClient jdbc,
            @Value("${probity.notifications.max-file-mb:10}") int maxFileMb,
            @Value("${probity.notifications.max-files:5}") int maxFiles) {
        this.jdbc = jdbc;
        this.maxFileBytes = maxFileMb * 1024L * 1024L;
        this.maxFiles = maxFiles;
    }

    /** A stored file without its content. */
    public record Info(
            long id, String name, String contentType, int size, String sha256, String uploadedBy, Instant at) {}

    /** A stored file with its content. */
    public record Content(String name, String contentType, byte[] bytes) {}

    long maxFileMb() {
        return maxFileBytes / 1024 / 1024;
    }

    /** Checks everything before anything is written; an empty file input is skipped. */
    List<AttachedFile> check(List<Notifications.Upload> uploads) {
        List<AttachedFile> checked = new ArrayList<>();
        for (Notifications.Upload u : uploads == null ? List.<Notifications.Upload>of() : uploads) {
            if (u == null
                    || (u.content().length == 0 && (u.name() == null || u.name().isBlank()))) {
                continue;
            }
            try {
                checked.add(AttachedFile.check(u.name(), u.content(), maxFileBytes));
            } catch (AttachedFile.Refused e) {
                throw new NotificationRefused("notifications.file." + e.reason(), e.fileName(), maxFileMb());
            }
        }
        if (checked.size() > maxFiles) {
            throw new NotificationRefused("notifications.file.tooMany", maxFiles);
        }
        return checked;
    }

    void store(long notificationId, List<AttachedFile> files, String actor) {
        for (AttachedFile f : files) {
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
    }

    List<Info> list(long notificationId) {
        return jdbc.sql("""
                select id, name, content_type, size, sha256, uploaded_by, uploaded_at from notification_file
                where notification_id = ? order by id""")
                .param(notificationId)
                .query((rs, n) -> new Info(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("content_type"),
                        rs.getInt("size"),
                        rs.getString("sha256"),
                        rs.getString("uploaded_by"),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    Content content(long notificationId, long fileId) {
        return jdbc.sql(
                        "select name, content_type, content from notification_file where id = ? and notification_id = ?")
                .params(fileId, notificationId)
                .query((rs, n) -> new Content(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional()
                .orElseThrow(() -> new NotificationNotFound("file", fileId));
    }
}
