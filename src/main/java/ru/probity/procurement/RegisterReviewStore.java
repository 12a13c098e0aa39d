package ru.probity.procurement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.procurement.model.ExtractStatus;
import ru.probity.procurement.model.RegisterFileStatus;

/**
 * The statements of the review of pending register files ({@link RegisterReview}): the files and
 * their extracts, the status changes of the extracts, the region-wide current records they bring,
 * and the append-only {@code register_change} rows of each.
 */
@Repository
class RegisterReviewStore {

    /** The extracts of a pending file shown to the reviewer, at most this many per kind. */
    static final int SHOWN = 50;

    private final JdbcClient jdbc;

    RegisterReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int pendingCount() {
        return jdbc.sql("select count(*) from register_import where status = 'PENDING'")
                .query(Integer.class)
                .single();
    }

    /** The pending files, oldest first, with their first extracts — two queries whatever their number. */
    List<RegisterReview.PendingFile> pendingFiles() {
        Map<Long, List<RegisterReview.PendingExtract>> extracts = new LinkedHashMap<>();
        jdbc.sql("""
                select import_id, kind, inn, name, extract_date, region_date from (
                  select t.import_id, 'COMPANY' as kind, t.inn, coalesce(t.short_name, t.full_name) as name,
                         t.extract_date, r.extract_date as region_date,
                         row_number() over (partition by t.import_id order by t.id) as n
                    from register_company t left join register_company r on r.inn = t.inn and r.is_current
                   where t.status = 'PENDING'
                  union all
                  select t.import_id, 'ENTREPRENEUR', t.inn,
                         'ИП ' || t.last_name || ' ' || t.first_name || coalesce(' ' || t.middle_name, ''),
                         t.extract_date, r.extract_date,
                         row_number() over (partition by t.import_id order by t.id)
                    from register_entrepreneur t left join register_entrepreneur r on r.inn = t.inn and r.is_current
                   where t.status = 'PENDING') e
                where n <= :shown order by import_id, kind, n""")
                .param("shown", SHOWN)
                .query((rs, n) -> extracts.computeIfAbsent(rs.getLong("import_id"), id -> new ArrayList<>())
                        .add(new RegisterReview.PendingExtract(
                                rs.getString("kind"),
                                rs.getString("inn"),
                                rs.getString("name"),
                                rs.getDate("extract_date").toLocalDate(),
                                rs.getDate("region_date") == null
                                        ? null
                                        : rs.getDate("region_date").toLocalDate())))
                .list();
        return jdbc.sql("""
                select i.*, o.name as organization,
                       coalesce((select u.full_name from app_user u where u.username = i.imported_by), i.imported_by) as imported_by_name
                from register_import i left join organization o on o.id = i.organization_id
                where i.status = 'PENDING' order by i.imported_at, i.id""")
                .query((rs, n) -> new RegisterReview.PendingFile(
                        rs.getLong("id"),
                        rs.getString("file_name"),
                        rs.getString("kind"),
                        rs.getString("imported_by_name"),
                        rs.getTimestamp("imported_at").toInstant(),
                        rs.getString("organization"),
                        rs.getString("sha256"),
                        rs.getInt("companies"),
                        rs.getInt("entrepreneurs"),
                        extracts.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /** The file's status, its row locked until the end of the transaction. */
    Optional<RegisterFileStatus> lockStatus(long importId) {
        return jdbc.sql("select status from register_import where id = ? for update")
                .param(importId)
                .query(String.class)
                .optional()
                .map(RegisterFileStatus::valueOf);
    }

    /**
     * Sets aside the file's pending extracts of a date the region already holds (written as
     * DUPLICATE); returns how many.
     */
    int setAsideDuplicates(String actor, long importId, RegisterTable table) {
        String duplicate = " and exists (select 1 from " + table.table() + " r where r.inn = t.inn"
                + " and r.extract_date = t.extract_date and r.status = 'REGION')";
        int duplicates = recordPending(actor, importId, table, "DUPLICATE", duplicate);
        setPending(importId, table, ExtractStatus.REJECTED, duplicate);
        return duplicates;
    }

    /**
     * Writes the file's pending extracts as the {@code decision} (ACCEPTED, REJECTED) and gives them
     * the status it brings; returns how many.
     */
    int decidePending(String actor, long importId, RegisterTable table, RegisterFileStatus decision) {
        int extracts = recordPending(actor, importId, table, decision.name(), "");
        setPending(importId, table, decision.extracts(), "");
        return extracts;
    }

    /**
     * The region-wide current record of every INN of the file, chosen again among the region-wide
     * extracts (the newest wins); each change is written with the record it replaced. Returns how
     * many current records changed.
     */
    int promote(String actor, long importId, RegisterTable table) {
        record Change(String inn, long best, Long previous) {}
        List<Change> changes = jdbc.sql("with affected as (select distinct inn from " + table.table()
                        + " where import_id = :id and status = 'REGION'),"
                        + " best as (select distinct on (c.inn) c.inn, c.id from " + table.table()
                        + " c join affected a on a.inn = c.inn where c.status = 'REGION'"
                        + " order by c.inn, c.extract_date desc, c.id desc)"
                        + " select b.inn, b.id as best, o.id as previous from best b left join " + table.table()
                        + " o on o.inn = b.inn and o.is_current where o.id is distinct from b.id")
                .param("id", importId)
                .query((rs, n) -> new Change(
                        rs.getString("inn"), rs.getLong("best"), (Long) rs.getObject("previous", Long.class)))
                .list();
        if (changes.isEmpty()) {
            return 0;
        }
        Long[] best = changes.stream().map(Change::best).toArray(Long[]::new);
        Long[] previous = changes.stream().map(Change::previous).toArray(Long[]::new);
        jdbc.sql("update " + table.table() + " set is_current = false where id = any(?)")
                .param(changes.stream()
                        .map(Change::previous)
                        .filter(Objects::nonNull)
                        .toArray(Long[]::new))
                .update();
        jdbc.sql("update " + table.table() + " set is_current = true where id = any(?)")
                .param(best)
                .update();
        jdbc.sql("insert into register_change (actor, kind, inn, action, import_id, extract_id, previous_id)"
                        + " select :actor, :kind, c.inn, 'CURRENT', c.import_id, c.id, p.previous from " + table.table()
                        + " c join unnest(cast(:best as bigint[]), cast(:previous as bigint[])) p(best, previous)"
                        + " on p.best = c.id order by c.id")
                .param("actor", actor)
                .param("kind", table.name())
                .param("best", best)
                .param("previous", previous)
                .update();
        return changes.size();
    }

    /** Records the decision on the file and moves the registers version on. */
    void decideFile(String actor, long importId, RegisterFileStatus decision, String note) {
        jdbc.sql("""
                update register_import set status = ?, reviewed_by = ?, reviewed_at = now(), review_note = ?,
                  version = nextval('register_version_seq') where id = ?""").params(decision.name(), actor, note, importId).update();
    }

    private int recordPending(String actor, long importId, RegisterTable table, String action, String condition) {
        return jdbc.sql("insert into register_change (actor, kind, inn, action, import_id, extract_id, scope_id)"
                        + " select :actor, :kind, t.inn, :action, t.import_id, t.id, t.scope_id from " + table.table()
                        + " t where t.import_id = :id and t.status = 'PENDING'" + condition + " order by t.id")
                .param("actor", actor)
                .param("kind", table.name())
                .param("action", action)
                .param("id", importId)
                .update();
    }

    private void setPending(long importId, RegisterTable table, ExtractStatus status, String condition) {
        jdbc.sql("update " + table.table() + " t set status = :status where t.import_id = :id and t.status = 'PENDING'"
                        + condition)
                .param("status", status.name())
                .param("id", importId)
                .update();
    }
}
