package ru.probity.procurement;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.platform.Refusal;
import ru.probity.platform.RussianFormats;
import ru.probity.procurement.model.RegisterFileStatus;

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
        int extracts = 0;
        int changed = 0;
        int duplicates = 0;
        lockPending(importId, RegisterFileStatus.ACCEPTED);
        for (RegisterTable table : RegisterTable.values()) {
            duplicates += store.setAsideDuplicates(user.username(), importId, table);
            extracts += store.decidePending(user.username(), importId, table, RegisterFileStatus.ACCEPTED);
            changed += store.promote(user.username(), importId, table);
        }
        store.decideFile(user.username(), importId, RegisterFileStatus.ACCEPTED, null);
        return new Decision(extracts, changed, duplicates);
    }

    /** Sets a pending file aside: its extracts count for no check. */
    @Transactional
    public Decision reject(CurrentUser user, long importId, String note) {
        requireReviewer(user);
        lockPending(importId, RegisterFileStatus.REJECTED);
        int extracts = 0;
        for (RegisterTable table : RegisterTable.values()) {
            extracts += store.decidePending(user.username(), importId, table, RegisterFileStatus.REJECTED);
        }
        store.decideFile(user.username(), importId, RegisterFileStatus.REJECTED, RussianFormats.blankToNull(note));
        return new Decision(extracts, 0, 0);
    }

    /**
     * Locks the file for the decision; refused when it is not (or no longer) waiting for one — the
     * same answer for a file that does not exist.
     */
    private void lockPending(long importId, RegisterFileStatus decision) {
        if (!store.lockStatus(importId).map(s -> s.canMoveTo(decision)).orElse(false)) {
            throw Refusal.conflict("registers.pending.notPending");
        }
    }

    static void requireReviewer(CurrentUser user) {
        if (user.role() != Role.REGIONAL_ADMIN) {
            throw new AccessDeniedException("Only the regional administrator reviews municipal register files");
        }
    }
}
