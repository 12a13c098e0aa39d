package ru.probity.visits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.platform.AttachedFile;
import ru.probity.platform.RegionTime;
import ru.probity.visits.model.RecommendationStatus;
import ru.probity.visits.model.Verdict;
import ru.probity.visits.model.VisitStatus;

/**
 * The tables of the visits: {@code visit}, {@code visit_result}, {@code visit_recommendation},
 * {@code visit_execution_report} and {@code visit_file}; it reads the published {@code
 * organization}, {@code org_subtree} and {@code app_user}. A visit is seen by the users whose
 * subtree holds the organization visited ({@code :me}).
 */
@Repository
class VisitStore {

    private static final String IN_SUBTREE =
            " v.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = :me) ";

    private static final String VISIT = """
            select v.id, v.plan_year, v.organization_id, o.name as organization_name, v.planned_from, v.planned_to,
                   v.subject, v.team, v.template_id, t.name as template_name, t.version as template_version,
                   v.status, v.held_from, v.held_to, v.conclusion, v.cancel_reason,
                   (select count(*) from visit_recommendation r where r.visit_id = v.id) as recommendations,
                   (select count(*) from visit_recommendation r where r.visit_id = v.id
                      and r.status in ('OPEN', 'RETURNED')) as awaiting,
                   (select count(*) from visit_recommendation r where r.visit_id = v.id
                      and r.status in ('OPEN', 'RETURNED') and r.due_on < :today) as overdue
            from visit v
            join organization o on o.id = v.organization_id
            join visit_template t on t.id = v.template_id
            """;

    private static final String RECOMMENDATION = """
            select r.id, r.visit_id, r.item_id, r.text, r.due_on, r.status, v.organization_id, o.name as organization_name,
                   v.subject, (r.status in ('OPEN', 'RETURNED') and r.due_on < :today) as overdue
            from visit_recommendation r
            join visit v on v.id = r.visit_id
            join organization o on o.id = v.organization_id
            """;

    private final JdbcClient jdbc;
    private final RegionTime regionTime;

    VisitStore(JdbcClient jdbc, RegionTime regionTime) {
        this.jdbc = jdbc;
        this.regionTime = regionTime;
    }

    /** The region's day ({@code :today} of the overdue tests), not the database server's. */
    private LocalDate today() {
        return regionTime.today();
    }

    private static Visit visit(ResultSet rs, int n) throws SQLException {
        return new Visit(
                rs.getLong("id"),
                rs.getInt("plan_year"),
                rs.getLong("organization_id"),
                rs.getString("organization_name"),
                rs.getObject("planned_from", LocalDate.class),
                rs.getObject("planned_to", LocalDate.class),
                rs.getString("subject"),
                rs.getString("team"),
                rs.getLong("template_id"),
                rs.getString("template_name"),
                rs.getInt("template_version"),
                VisitStatus.valueOf(rs.getString("status")),
                rs.getObject("held_from", LocalDate.class),
                rs.getObject("held_to", LocalDate.class),
                rs.getString("conclusion"),
                rs.getString("cancel_reason"),
                rs.getInt("recommendations"),
                rs.getInt("awaiting"),
                rs.getInt("overdue"));
    }

    private static Recommendation recommendation(ResultSet rs, int n) throws SQLException {
        return new Recommendation(
                rs.getLong("id"),
                rs.getLong("visit_id"),
                (Long) rs.getObject("item_id"),
                rs.getString("text"),
                rs.getObject("due_on", LocalDate.class),
                RecommendationStatus.valueOf(rs.getString("status")),
                rs.getLong("organization_id"),
                rs.getString("organization_name"),
                rs.getString("subject"),
                rs.getBoolean("overdue"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    boolean inSubtree(long ancestorId, long organizationId) {
        return jdbc.sql("select exists (select 1 from org_subtree where ancestor_id = :a and organization_id = :o)")
                .param("a", ancestorId)
                .param("o", organizationId)
                .query(Boolean.class)
                .single();
    }

    // --- visits

    record Filter(Integer year, VisitStatus status, Long organizationId, String q) {}

    List<Visit> search(long me, Filter filter) {
        StringBuilder sql = new StringBuilder(VISIT).append(" where ").append(IN_SUBTREE);
        var statement = new java.util.LinkedHashMap<String, Object>();
        statement.put("me", me);
        statement.put("today", today());
        if (filter.year() != null) {
            sql.append(" and v.plan_year = :year");
            statement.put("year", filter.year());
        }
        if (filter.status() != null) {
            sql.append(" and v.status = :status");
            statement.put("status", filter.status().name());
        }
        if (filter.organizationId() != null) {
            sql.append(
                    " and v.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = :org)");
            statement.put("org", filter.organizationId());
        }
        if (filter.q() != null) {
            sql.append(" and (v.subject ilike :q or o.name ilike :q or v.team ilike :q)");
            statement.put(
                    "q",
                    "%" + filter.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        sql.append(" order by v.planned_from, v.id limit 1000");
        return jdbc.sql(sql.toString())
                .params(statement)
                .query(VisitStore::visit)
                .list();
    }

    Optional<Visit> find(long me, long id) {
        return jdbc.sql(VISIT + " where v.id = :id and " + IN_SUBTREE)
                .param("id", id)
                .param("me", me)
                .param("today", today())
                .query(VisitStore::visit)
                .optional();
    }

    long create(
            int year,
            long organizationId,
            LocalDate from,
            LocalDate to,
            String subject,
            String team,
            long templateId,
            String actor) {
        return jdbc.sql("""
                        insert into visit (plan_year, organization_id, planned_from, planned_to, subject, team,
                                           template_id, created_by, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(year, organizationId, from, to, subject, team, templateId, actor, actor)
                .query(Long.class)
                .single();
    }

    void update(
            long id,
            int year,
            long organizationId,
            LocalDate from,
            LocalDate to,
            String subject,
            String team,
            long templateId,
            String actor) {
        jdbc.sql("""
                        update visit set plan_year = ?, organization_id = ?, planned_from = ?, planned_to = ?,
                               subject = ?, team = ?, template_id = ?, updated_by = ?, updated_at = now()
                        where id = ?""")
                .params(year, organizationId, from, to, subject, team, templateId, actor, id)
                .update();
    }

    void hold(long id, LocalDate from, LocalDate to, String conclusion, String actor) {
        jdbc.sql("""
                        update visit set status = 'HELD', held_from = ?, held_to = ?, conclusion = ?,
                               updated_by = ?, updated_at = now() where id = ?""").params(from, to, conclusion, actor, id).update();
    }

    void conclude(long id, String conclusion, String actor) {
        jdbc.sql("update visit set conclusion = ?, updated_by = ?, updated_at = now() where id = ?")
                .params(conclusion, actor, id)
                .update();
    }

    void cancel(long id, String reason, String actor) {
        jdbc.sql("""
                        update visit set status = 'CANCELLED', cancel_reason = ?, updated_by = ?, updated_at = now()
                        where id = ?""").params(reason, actor, id).update();
    }

    // --- results

    record Result(long itemId, Verdict verdict, String note) {}

    List<Result> results(long visitId) {
        return jdbc.sql("select item_id, verdict, note from visit_result where visit_id = ?")
                .param(visitId)
                .query((rs, n) -> new Result(rs.getLong(1), Verdict.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
    }

    /**
     * The results of the items in one statement each way: those with a verdict upserted, those
     * without removed (not one round trip per item of a long checklist).
     */
    void saveResults(long visitId, List<Result> results, String actor) {
        List<Result> kept = results.stream().filter(r -> r.verdict() != null).toList();
        Long[] cleared = results.stream()
                .filter(r -> r.verdict() == null)
                .map(Result::itemId)
                .toArray(Long[]::new);
        if (cleared.length > 0) {
            jdbc.sql("delete from visit_result where visit_id = :visit and item_id = any(cast(:items as bigint[]))")
                    .param("visit", visitId)
                    .param("items", cleared)
                    .update();
        }
        if (!kept.isEmpty()) {
            jdbc.sql("""
                            insert into visit_result (visit_id, item_id, verdict, note, updated_by)
                            select :visit, r.item_id, r.verdict, r.note, :actor
                            from unnest(cast(:items as bigint[]), cast(:verdicts as text[]), cast(:notes as text[]))
                                 as r(item_id, verdict, note)
                            on conflict (visit_id, item_id) do update
                              set verdict = excluded.verdict, note = excluded.note,
                                  updated_by = excluded.updated_by, updated_at = now()""")
                    .param("visit", visitId)
                    .param("actor", actor)
                    .param("items", kept.stream().map(Result::itemId).toArray(Long[]::new))
                    .param(
                            "verdicts",
                            kept.stream().map(r -> r.verdict().name()).toArray(String[]::new))
                    .param("notes", kept.stream().map(Result::note).toArray(String[]::new))
                    .update();
        }
    }

    // --- recommendations

    record RecommendationFilter(RecommendationStatus status, boolean overdueOnly, Long organizationId) {}

    List<Recommendation> recommendations(long visitId) {
        return jdbc.sql(RECOMMENDATION + " where r.visit_id = :visit order by r.due_on, r.id")
                .param("visit", visitId)
                .param("today", today())
                .query(VisitStore::recommendation)
                .list();
    }

    /** The recommendations of held visits in the subtree of {@code me}. */
    List<Recommendation> recommendations(long me, RecommendationFilter filter) {
        StringBuilder sql = new StringBuilder(RECOMMENDATION)
                .append(" where v.status = 'HELD' and ")
                .append(IN_SUBTREE);
        var statement = new java.util.LinkedHashMap<String, Object>();
        statement.put("me", me);
        statement.put("today", today());
        if (filter.status() != null) {
            sql.append(" and r.status = :status");
            statement.put("status", filter.status().name());
        }
        if (filter.overdueOnly()) {
            sql.append(" and r.status in ('OPEN', 'RETURNED') and r.due_on < :today");
        }
        if (filter.organizationId() != null) {
            sql.append(
                    " and v.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = :org)");
            statement.put("org", filter.organizationId());
        }
        sql.append(
                " order by (r.status in ('OPEN', 'RETURNED') and r.due_on < :today) desc, r.due_on, r.id limit 2000");
        return jdbc.sql(sql.toString())
                .params(statement)
                .query(VisitStore::recommendation)
                .list();
    }

    Optional<Recommendation> recommendation(long me, long id) {
        return jdbc.sql(RECOMMENDATION + " where r.id = :id and " + IN_SUBTREE)
                .param("id", id)
                .param("me", me)
                .param("today", today())
                .query(VisitStore::recommendation)
                .optional();
    }

    long addRecommendation(long visitId, Long itemId, String text, LocalDate dueOn, String actor) {
        return jdbc.sql("""
                        insert into visit_recommendation (visit_id, item_id, text, due_on, created_by, updated_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(visitId, itemId, text, dueOn, actor, actor)
                .query(Long.class)
                .single();
    }

    /** Moves the recommendation from {@code from} to {@code to}; false if it was no longer in {@code from}. */
    boolean move(long id, RecommendationStatus from, RecommendationStatus to, String actor) {
        return jdbc.sql("""
                                update visit_recommendation set status = ?, updated_by = ?, updated_at = now()
                                where id = ? and status = ?""").params(to.name(), actor, id, from.name()).update() == 1;
    }

    /** Removes an open recommendation no report was sent on; false if it has one or is no longer open. */
    boolean removeUnreported(long visitId, long id) {
        return jdbc.sql("""
                                delete from visit_recommendation r where r.id = ? and r.visit_id = ? and r.status = 'OPEN'
                                  and not exists (select 1 from visit_execution_report x where x.recommendation_id = r.id)""").params(id, visitId).update() == 1;
    }

    long addReport(long recommendationId, String text, String actor) {
        return jdbc.sql("""
                        insert into visit_execution_report (recommendation_id, text, reported_by)
                        values (?, ?, ?) returning id""")
                .params(recommendationId, text, actor)
                .query(Long.class)
                .single();
    }

    void decide(long recommendationId, String decision, String remark, String actor) {
        jdbc.sql("""
                        update visit_execution_report set decision = ?, remark = ?, decided_by = ?, decided_at = now()
                        where recommendation_id = ? and decision is null""").params(decision, remark, actor, recommendationId).update();
    }

    List<ExecutionReport> reports(long visitId) {
        return jdbc.sql("""
                        select x.id, x.recommendation_id, x.text, x.reported_at,
                               coalesce(ru.full_name, x.reported_by) as reported_by, x.decision, x.remark, x.decided_at,
                               coalesce(du.full_name, x.decided_by) as decided_by
                        from visit_execution_report x
                        join visit_recommendation r on r.id = x.recommendation_id
                        left join app_user ru on ru.username = x.reported_by
                        left join app_user du on du.username = x.decided_by
                        where r.visit_id = ? order by x.id""")
                .param(visitId)
                .query((rs, n) -> new ExecutionReport(
                        rs.getLong("id"),
                        rs.getLong("recommendation_id"),
                        rs.getString("text"),
                        instant(rs, "reported_at"),
                        rs.getString("reported_by"),
                        rs.getString("decision"),
                        rs.getString("remark"),
                        instant(rs, "decided_at"),
                        rs.getString("decided_by"),
                        List.of()))
                .list();
    }

    // --- files

    long addFile(long visitId, Long itemId, Long reportId, AttachedFile file, String actor) {
        return jdbc.sql("""
                        insert into visit_file (visit_id, item_id, report_id, name, content_type, size, sha256, content,
                                                uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        visitId,
                        itemId,
                        reportId,
                        file.name(),
                        file.type().contentType(),
                        file.content().length,
                        file.sha256(),
                        file.content(),
                        actor)
                .query(Long.class)
                .single();
    }

    int fileCount(long visitId) {
        return jdbc.sql("select count(*) from visit_file where visit_id = ?")
                .param(visitId)
                .query(Integer.class)
                .single();
    }

    List<VisitFile> files(long visitId) {
        return jdbc.sql("""
                        select f.id, f.item_id, f.report_id, f.name, f.content_type, f.size, f.uploaded_at,
                               coalesce(u.full_name, f.uploaded_by) as uploaded_by
                        from visit_file f left join app_user u on u.username = f.uploaded_by
                        where f.visit_id = ? order by f.id""")
                .param(visitId)
                .query((rs, n) -> new VisitFile(
                        rs.getLong("id"),
                        (Long) rs.getObject("item_id"),
                        (Long) rs.getObject("report_id"),
                        rs.getString("name"),
                        rs.getString("content_type"),
                        rs.getInt("size"),
                        instant(rs, "uploaded_at"),
                        rs.getString("uploaded_by")))
                .list();
    }

    record Content(String name, String contentType, byte[] bytes) {}

    Optional<Content> content(long visitId, long fileId) {
        return jdbc.sql("select name, content_type, content from visit_file where visit_id = ? and id = ?")
                .params(visitId, fileId)
                .query((rs, n) -> new Content(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    // --- «Мои задачи»

    /** Recommendations of held visits in the subtree of {@code me} that wait on a report. */
    List<Recommendation> awaitingReport(long me) {
        return jdbc.sql(RECOMMENDATION + " where v.status = 'HELD' and r.status in ('OPEN', 'RETURNED') and "
                        + IN_SUBTREE + " order by r.due_on, r.id")
                .param("me", me)
                .param("today", today())
                .query(VisitStore::recommendation)
                .list();
    }

    /** Reported recommendations in the subtree of {@code me} with the day the last report came. */
    record Reported(Recommendation recommendation, Instant reportedAt) {}

    List<Reported> awaitingReview(long me) {
        return jdbc.sql(RECOMMENDATION.replace(
                                "from visit_recommendation r",
                                ", (select max(x.reported_at) from visit_execution_report x"
                                        + " where x.recommendation_id = r.id) as reported_at from visit_recommendation r")
                        + " where v.status = 'HELD' and r.status = 'REPORTED' and " + IN_SUBTREE
                        + " order by r.id")
                .param("me", me)
                .param("today", today())
                .query((rs, n) -> new Reported(recommendation(rs, n), instant(rs, "reported_at")))
                .list();
    }
}
