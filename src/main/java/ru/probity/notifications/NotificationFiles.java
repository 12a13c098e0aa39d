package ru.probity.notifications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.probity.platform.AttachedFile;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;

/**
 * Attachments of notifications: PDF, JPEG, PNG, DOCX or text recognised by content, at most
 * {@code probity.notifications.max-files} per upload and {@code max-file-mb} each, kept in the
 * database with their SHA-256 and served only as downloads.
 */
@Component
class NotificationFiles {

    private final NotificationFileStore store;
    private final NotificationSettings settings;

    NotificationFiles(NotificationFileStore store, NotificationSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /** A stored file without its content. */
    public record Info(
            long id, String name, String contentType, int size, String sha256, String uploadedBy, Instant at) {}

    /** A stored file with its content. */
    public record Content(String name, String contentType, byte[] bytes) {}

    long maxFileMb() {
        return settings.maxFileMb();
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
                checked.add(AttachedFile.check(u.name(), u.content(), settings.maxFileBytes()));
            } catch (AttachedFile.Refused e) {
                throw Refusal.conflict("notifications.file." + e.reason(), e.fileName(), maxFileMb());
            }
        }
        if (checked.size() > settings.maxFiles()) {
            throw Refusal.conflict("notifications.file.tooMany", settings.maxFiles());
        }
        return checked;
    }

    void store(long notificationId, List<AttachedFile> files, String actor) {
        files.forEach(f -> store.insert(notificationId, f, actor));
    }

    List<Info> list(long notificationId) {
        return store.list(notificationId);
    }

    Content content(long notificationId, long fileId) {
        return store.content(notificationId, fileId).orElseThrow(() -> new NotFound("file", fileId));
    }
}
