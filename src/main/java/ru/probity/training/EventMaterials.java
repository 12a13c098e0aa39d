package ru.probity.training;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.platform.Refusal;

/**
 * The materials of training events: files attached and removed by the event's keepers, downloaded
 * by its participants and by those who follow it.
 */
@Service
@Transactional
public class EventMaterials {

    static final long MAX_MATERIAL_BYTES = 100L * 1024 * 1024;

    private final MaterialStore store;
    private final EnrolmentStore enrolments;
    private final EventAccess access;

    EventMaterials(MaterialStore store, EnrolmentStore enrolments, EventAccess access) {
        this.store = store;
        this.enrolments = enrolments;
        this.access = access;
    }

    public record Material(
            long id,
            String fileName,
            String contentType,
            long size,
            String sha256,
            Instant createdAt,
            String createdBy) {}

    public record Download(String fileName, String contentType, byte[] content) {}

    public long addMaterial(CurrentUser user, long eventId, String fileName, String contentType, byte[] content) {
        access.requireEditor(user, eventId);
        if (content == null || content.length == 0) {
            throw Refusal.invalid("training.events.error.emptyFile");
        }
        if (content.length > MAX_MATERIAL_BYTES) {
            throw Refusal.invalid("training.events.error.largeFile");
        }
        String name = fileName == null || fileName.isBlank()
                ? "material"
                : fileName.replaceAll(".*[/\\\\]", "").strip();
        return store.insert(
                eventId,
                name,
                contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType,
                content,
                sha256(content),
                user.username());
    }

    public void removeMaterial(CurrentUser user, long materialId) {
        access.requireEditor(user, eventOf(materialId));
        store.delete(materialId);
    }

    @Transactional(readOnly = true)
    public List<Material> materials(CurrentUser user, long eventId) {
        access.visible(user, eventId);
        return store.ofEvent(eventId);
    }

    /** Whether the user may download the event's materials: its participants and those who follow it. */
    @Transactional(readOnly = true)
    public boolean readsMaterials(CurrentUser user, TrainingEvents.Event event) {
        if (access.follows(user, event)) {
            return true;
        }
        return user.employeeId() != null
                && enrolments
                        .own(event.id(), user.employeeId())
                        .map(Enrolments.Participant::enrolled)
                        .orElse(false);
    }

    @Transactional(readOnly = true)
    public Download material(CurrentUser user, long materialId) {
        TrainingEvents.Event event = access.visible(user, eventOf(materialId));
        if (!readsMaterials(user, event)) {
            throw new AccessDeniedException("Materials of event " + event.id() + " are for its participants");
        }
        return store.content(materialId);
    }

    private long eventOf(long materialId) {
        return store.eventOf(materialId)
                .orElseThrow(() -> new AccessDeniedException("No training material " + materialId));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
