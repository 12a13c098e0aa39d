package ru.probity.procurement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;

    RegisterReview(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    private static final int SHOWN = 50;

    @Transactional(readOnly = true)
    public int pendingCount(CurrentUser user) {
        requireReviewer(user);
        return jdbc.sql("select count(*) from register_import where status = 'PENDING'")
                .query(Integer.class)
                .single();
    }

    @Transactional(readOnly = true)
    public List<PendingFile> pending(CurrentUser user) {
        requireReviewer(user);
        List<PendingFile> files = new ArrayList<>();
        jdbc.sql("""
                select i.*, o.name as organization from register_import i left join organization o on o.id = i.organization_id
                where i.status = 'PENDING' order by i.imported_at, i.id""")
                .query((rs, n) -> files.add(new PendingFile(
                        rs.getLong("id"),
                        rs.getString("file_name"),
                        rs.getString("kind"),
                        rs.getString("imported_by"),
                        rs.getTimestamp("imported_at").toInstant(),
                        rs.getString("organization"),
                        rs.getString("sha256"),
                        rs.getInt("companies"),
                        rs.getInt("entrepreneurs"),
                        extracts(rs.getLong("id")))))
                .list();
        return files;
    }

    private List<PendingExtract> extracts(long importId) {
        return jdbc.sql("""
                (select 'COMPANY' as kind, t.inn, coalesce(t.short_name, t.full_name) as name, t.extract_date,
                        r.extract_date as region_date
                   from register_company t left join register_company r on r.inn = t.inn and r.is_current
                  where t.import_id = :id and t.status = 'PENDING' order by t.id limit :shown)
                union all
                (select 'ENTREPRENEUR', t.inn, 'ИП ' || t.last_name || ' ' || t.first_name || coalesce(' ' || t.middle_name, ''),
                        t.extract_date, r.extract_date
                   from register_entrepreneur t left join register_entrepreneur r on r.inn = t.inn and r.is_current
                  where t.import_id = :id and t.status = 'PENDING' order by t.id limit :shown)""")
                .param("id", importId)
                .param("shown", SHOWN)
                .query((rs, n) -> new PendingExtract(
                        rs.getString("kind"),
                        rs.getString("inn"),
                        rs.getString("name"),
                        rs.getDate("extract_date").toLocalDate(),
                        rs.getDate("region_date") == null
                                ? null
                                : rs.getDate("region_date").toLocalDate()))
                .list();
    }

    /** Makes a pending file's extracts region-wide. */
    @Transactional
    public Decision accept(CurrentUser user, long importId) {
        requireReviewer(user);
        lockPending(importId);
        int extracts = 0;
        int changed = 0;
        int duplicates = 0;
        for (String[] table : TABLES) {
            duplicates += jdbc.sql(
                            "insert into register_change (actor, kind, inn, action, import_id, extract_id, scope_id)"
                                    + " select :actor, :kind, t.inn, 'DUPLICATE', t.import_id, t.id, t.scope_id from "
                                    + table[0]
                                    + " t where t.import_id = :id and t.status = 'PENDING' and exists (select 1 from "
                                    + table[0]
                                    + " r where r.inn = t.inn and r.extract_date = t.extract_date and r.status = 'REGION')")
                    .param("actor", user.username())
                    .param("kind", table[1])
                    .param("id", importId)
                    .update();
            jdbc.sql("update " + table[0]
                            + " t set status = 'REJECTED' where t.import_id = :id and t.status = 'PENDING'"
                            + " and exists (select 1 from " + table[0] + " r where r.inn = t.inn"
                            + " and r.extract_date = t.extract_date and r.status = 'REGION')")
                    .param("id", importId)
                    .update();
            extracts += jdbc.sql(
                            "insert into register_change (actor, kind, inn, action, import_id, extract_id, scope_id)"
                                    + " select :actor, :kind, t.inn, 'ACCEPTED', t.import_id, t.id, t.scope_id from "
                                    + table[0]
                                    + " t where t.import_id = :id and t.status = 'PENDING' order by t.id")
                    .param("actor", user.username())
                    .param("kind", table[1])
                    .param("id", importId)
                    .update();
            jdbc.sql("update " + table[0] + " set status = 'REGION' where import_id = :id and status = 'PENDING'")
                    .param("id", importId)
                    .update();
            changed += promote(user, importId, table[0], table[1]);
        }
        decide(user, importId, "ACCEPTED", null);
        return new Decision(extracts, changed, duplicates);
    }

    /** Sets a pending file aside: its extracts count for no check. */
    @Transactional
    public Decision reject(CurrentUser user, long importId, String note) {
        requireReviewer(user);
        lockPending(importId);
        int extracts = 0;
        for (String[] table : TABLES) {
            extracts += jdbc.sql(
                            "insert into register_change (actor, kind, inn, action, import_id, extract_id, scope_id)"
                                    + " select :actor, :kind, t.inn, 'REJECTED', t.import_id, t.id, t.scope_id from "
                                    + table[0]
                                    + " t where t.import_id = :id and t.status = 'PENDING' order by t.id")
                    .param("actor", user.username())
                    .param("kind", table[1])
                    .param("id", importId)
                    .update();
            jdbc.sql("update " + table[0] + " set status = 'REJECTED' where import_id = :id and status = 'PENDING'")
                    .param("id", importId)
                    .update();
        }
        decide(user, importId, "REJECTED", note == null || note.isBlank() ? null : note.strip());
        return new Decision(extracts, 0, 0);
    }

    private static final String[][] TABLES = {{"register_company", "COMPANY"}, {"register_entrepreneur", "ENTREPRENEUR"}
    };

    /**
     * The region-wide current record of every INN of the file, chosen again among the region-wide
     * extracts (the newest wins); each change is written with the record it replaced.
     */
    private int promote(CurrentUser user, long importId, String table, String kind) {
        record Change(String inn, long best, Long previous) {}
        List<Change> changes = jdbc.sql("with affected as (select distinct inn from " + table
                        + " where import_id = :id and status = 'REGION'),"
                        + " best as (select distinct on (c.inn) c.inn, c.id from " + table
                        + " c join affected a on a.inn = c.inn where c.status = 'REGION'"
                        + " order by c.inn, c.extract_date desc, c.id desc)"
                        + " select b.inn, b.id as best, o.id as previous from best b left join " + table
                        + " o on o.inn = b.inn and o.is_current where o.id is distinct from b.id")
                .param("id", importId)
                .query((rs, n) -> new Change(
                        rs.getString("inn"), rs.getLong("best"), (Long) rs.getObject("previous", Long.class)))
                .list();
        if (changes.isEmpty()) {
            return 0;
        }
        jdbc.sql("update " + table + " set is_current = false where id = any(?)")
                .param(changes.stream()
                        .map(Change::previous)
                        .filter(java.util.Objects::nonNull)
                        .toArray(Long[]::new))
                .update();
        jdbc.sql("update " + table + " set is_current = true where id = any(?)")
                .param(changes.stream().map(Change::best).toArray(Long[]::new))
                .update();
        jdbc.sql("insert into register_change (actor, kind, inn, action, import_id, extract_id, previous_id)"
                        + " select :actor, :kind, c.inn, 'CURRENT', c.import_id, c.id, p.previous from " + table + " c"
                        + " join unnest(cast(:best as bigint[]), cast(:previous as bigint[])) p(best, previous)"
                        + " on p.best = c.id order by c.id")
                .param("actor", user.username())
                .param("kind", kind)
                .param("best", changes.stream().map(Change::best).toArray(Long[]::new))
                .param("previous", changes.stream().map(Change::previous).toArray(Long[]::new))
                .update();
        return changes.size();
    }

    private void lockPending(long importId) {
        String status = jdbc.sql("select status from register_import where id = ? for update")
                .param(importId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotPending(importId));
        if (!"PENDING".equals(status)) {
            throw new NotPending(importId);
        }
    }

    private void decide(CurrentUser user, long importId, String status, String note) {
        jdbc.sql("""
                update register_import set status = ?, reviewed_by = ?, reviewed_at = now(), review_note = ?,
                  version = nextval('register_version_seq') where id = ?""").params(status, user.username(), note, importId).update();
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
