package ru.probity.procurement;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;

/**
 * The regional administrator's review of register files uploaded by municipalities: a pending file
 * counts only for the checks of its uploader's subtree; accepted, its extracts are region-wide (the
 * newest region-wide extract of an INN is its current record, an extract of a date the region
 * already holds is kept aside as a duplicate); rejected, they count nowhere. Every decision and
 * every change of a current record it brings is written to register_change, and moves the
 * registers version on, so the checks concerned run again.
 */
@Service
public class RegisterReview {

    private final RegisterReviewStore store;

    RegisterReview(RegisterReviewStore store) {
        this.store = store;
    }

    /** A pending file with what it brings. */
    public record PendingFile(
            long id,
            String fileName,
            String kind,
            String importedBy,
            Instant importedAt,
            String organization,
            String sha256,
            int companies,
            int entrepreneurs,
            List<PendingExtract> extracts) {}

    /** One extract of a pending file: whether the region holds the company already, and from when. */
    public record PendingExtract(
            String kind, String inn, String name, java.time.LocalDate extractDate, java.time.LocalDate regionDate) {}

    /** How many extracts a decision made region-wide, changed the current record of, or set aside. */
    public record Decision(int extracts, int currentChanged, int duplicates) {}

    @Transactional(readOnly = true)
    public int pendingCount(CurrentUser user) {
        requireReviewer(user);
        return store.pendingCount();
    }

    @Transactional(readOnly = true)
    public List<PendingFile> pending(CurrentUser user) {
        requireReviewer(user);
        return store.pendingFiles();
    }

    /** Makes a pending file's extracts region-wide. */
    @Transactional
    public Decision accept(CurrentUser user, long importId) {
        requireReviewer(user);
        lockPending(importId);
        int extracts = 0;
        int changed = 0;
        int duplicates = 0;
        for (RegisterReviewStore.Table table : RegisterReviewStore.Table.values()) {
            duplicates += store.setAsideDuplicates(user.username(), importId, table);
            extracts += store.decidePending(user.username(), importId, table, "ACCEPTED", "REGION");
            changed += store.promote(user.username(), importId, table);
        }
        store.decideFile(user.username(), importId, "ACCEPTED", null);
        return new Decision(extracts, changed, duplicates);
    }

    /** Sets a pending file aside: its extracts count for no check. */
    @Transactional
    public Decision reject(CurrentUser user, long importId, String note) {
        requireReviewer(user);
        lockPending(importId);
        int extracts = 0;
        for (RegisterReviewStore.Table table : RegisterReviewStore.Table.values()) {
            extracts += store.decidePending(user.username(), importId, table, "REJECTED", "REJECTED");
        }
        store.decideFile(user.username(), importId, "REJECTED", note == null || note.isBlank() ? null : note.strip());
        return new Decision(extracts, 0, 0);
    }

    private void lockPending(long importId) {
        if (!"PENDING".equals(store.lockStatus(importId).orElseThrow(() -> new NotPending(importId)))) {
            throw new NotPending(importId);
        }
    }

    static void requireReviewer(CurrentUser user) {
        if (user.role() != Role.REGIONAL_ADMIN) {
            throw new AccessDeniedException("Only the regional administrator reviews municipal register files");
        }
    }

    /** The file is not (or no longer) waiting for a decision. */
    static final class NotPending extends RuntimeException {
        NotPending(long importId) {
            super("Register import " + importId + " is not pending");
        }
    }
}
