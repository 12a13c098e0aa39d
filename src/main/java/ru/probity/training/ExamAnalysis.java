package ru.probity.training;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;
import ru.probity.platform.RegionTime;
import ru.probity.platform.Spreadsheet;
import ru.probity.training.bank.Question;
import ru.probity.training.exam.ItemAnalysis;

/**
 * The results of a test over a period, as its keepers read them: per organization of the viewer's
 * subtree (each with its subtree), per examinee, and the item analysis of its questions — facility
 * and upper-lower discrimination over the first finished attempt of every examinee — with the
 * same three tables as an XLSX workbook.
 *
 * <p>An attempt belongs to the period by the day it was finished (an unfinished one by the day it
 * was started), in the region's time zone (platform.RegionTime).
 */
@Service
@Transactional(readOnly = true)
class ExamAnalysis {

    static final double HARD = 0.2;
    static final double EASY = 0.9;
    static final double WEAK = 0.2;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final Exams exams;
    private final QuestionBank bank;
    private final MessageSource messages;
    private final RegionTime regionTime;

    ExamAnalysis(
            JdbcClient jdbc,
            Organizations organizations,
            Exams exams,
            QuestionBank bank,
            MessageSource messages,
            RegionTime regionTime) {
        this.regionTime = regionTime;
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.exams = exams;
        this.bank = bank;
        this.messages = messages;
    }

    /** Days of the period, both included; either may be open. */
    public record Period(LocalDate from, LocalDate to) {}

    /** An organization with its subtree: examinees assigned, who started, finished, passed. */
    public record ByOrganization(
            long organizationId,
            String organization,
            int depth,
            int assigned,
            int started,
            int finished,
            int passed,
            Double meanBest) {
        /** The share of those who finished that passed, %; null when nobody finished. */
        public Integer passRate() {
            return finished == 0 ? null : (int) Math.round(passed * 100.0 / finished);
        }
    }

    /** One examinee: assigned to the test or having taken it; his attempts of the period. */
    public record Examinee(
            String organization,
            String employee,
            String post,
            boolean assigned,
            int attempts,
            boolean finished,
            Double best,
            boolean passed,
            Instant finishedAt) {}

    /** A question with its indices; the number is its place in the analysis (and in the charts). */
    public record Item(
            int number,
            long questionId,
            String text,
            String category,
            int answered,
            double facility,
            Double discrimination) {
        public boolean tooHard() {
            return facility < HARD;
        }

        public boolean tooEasy() {
            return facility > EASY;
        }

        public boolean weak() {
            return discrimination != null && discrimination < WEAK;
        }

        public boolean flagged() {
            return tooHard() || tooEasy() || weak();
        }

        public String shortText() {
            return text.length() <= 120 ? text : text.substring(0, 117).strip() + "…";
        }
    }

    /** Everything the analysis page shows. */
    public record Analysis(
            Exams.Test test,
            Period period,
            List<ByOrganization> organizations,
            ByOrganization total,
            List<Examinee> examinees,
            List<Item> items,
            int analysed) {}

    public Analysis analyse(CurrentUser user, long testId, Period period) {
        QuestionBank.requireReader(user);
        Exams.Test test = exams.test(user, testId);
        String scope = organizations.scopePath(user);
        List<ByOrganization> rows = byOrganization(testId, scope, period);
        ByOrganization total = rows.stream()
                .filter(r -> r.organizationId() == user.organizationId())
                .findFirst()
                .orElse(new ByOrganization(user.organizationId(), "", -1, 0, 0, 0, 0, null));
        List<ByOrganization> below = rows.stream().filter(r -> r != total).toList();
        List<Integer> analysed = new ArrayList<>(1);
        List<Item> items = items(testId, scope, period, analysed);
        return new Analysis(test, period, below, total, examinees(testId, scope, period), items, analysed.getFirst());
    }

    // The examinees of the test within the scope: the active employees of the assigned subtrees
    // and whoever has attempts, with the figures of their attempts of the period.
    private static final String PEOPLE = """
            with assigned as (
                select distinct e.id as employee_id
                from test_assignment s join organization so on so.id = s.organization_id
                join organization o on o.path like so.path || '%'
                join employee e on e.organization_id = o.id and e.active
                where s.test_id = :test and o.path like :scope || '%'
            ), attempt as (
                select a.employee_id, a.finished_at, a.score, a.passed,
                       (coalesce(a.finished_at, a.started_at) at time zone :zone)::date as day
                from test_attempt a where a.test_id = :test
            ), taken as (
                select a.employee_id,
                       count(*) filter (where in_period) as attempts,
                       count(*) filter (where in_period and a.finished_at is not null) > 0 as finished,
                       coalesce(bool_or(a.passed) filter (where in_period), false) as passed,
                       max(a.score) filter (where in_period and a.finished_at is not null) as best,
                       max(a.finished_at) filter (where in_period) as finished_at
                from attempt a
                cross join lateral (select (cast(:from as date) is null or a.day >= :from)
                                       and (cast(:to as date) is null or a.day <= :to) as in_period) p
                group by a.employee_id
            ), person as (
                select coalesce(x.employee_id, t.employee_id) as employee_id, x.employee_id is not null as assigned,
                       coalesce(t.attempts, 0) as attempts, coalesce(t.finished, false) as finished,
                       coalesce(t.passed, false) as passed, t.best, t.finished_at
                from assigned x full join taken t on t.employee_id = x.employee_id
            )
            """;

    private List<ByOrganization> byOrganization(long testId, String scope, Period period) {
        int base = depth(scope);
        return jdbc.sql(PEOPLE + """
                select ao.id, ao.name, ao.path,
                       count(*) filter (where p.assigned) as assigned,
                       count(*) filter (where p.attempts > 0) as started,
                       count(*) filter (where p.finished) as finished,
                       count(*) filter (where p.passed) as passed,
                       avg(p.best) as mean_best
                from person p join employee e on e.id = p.employee_id join organization o on o.id = e.organization_id
                cross join lateral unnest(cast(string_to_array(trim(both '/' from o.path), '/') as bigint[])) as anc(id)
                join organization ao on ao.id = anc.id
                where o.path like :scope || '%' and ao.path like :scope || '%'
                group by ao.id, ao.name, ao.path
                having count(*) filter (where p.assigned or p.attempts > 0) > 0
                order by ao.path""")
                .param("test", testId)
                .param("scope", scope)
                .param("from", period.from())
                .param("to", period.to())
                .param("zone", regionTime.id())
                .query((rs, n) -> new ByOrganization(
                        rs.getLong("id"),
                        rs.getString("name"),
                        depth(rs.getString("path")) - base - 1,
                        rs.getInt("assigned"),
                        rs.getInt("started"),
                        rs.getInt("finished"),
                        rs.getInt("passed"),
                        rs.getObject("mean_best") == null ? null : rs.getDouble("mean_best")))
                .list();
    }

    private List<Examinee> examinees(long testId, String scope, Period period) {
        return jdbc.sql(PEOPLE + """
                select o.name as organization, e.last_name || ' ' || e.first_name || coalesce(' ' || e.middle_name, '') as name,
                       e.post, p.*
                from person p join employee e on e.id = p.employee_id join organization o on o.id = e.organization_id
                where o.path like :scope || '%' and (p.assigned or p.attempts > 0)
                order by o.path, name""")
                .param("test", testId)
                .param("scope", scope)
                .param("from", period.from())
                .param("to", period.to())
                .param("zone", regionTime.id())
                .query((rs, n) -> new Examinee(
                        rs.getString("organization"),
                        rs.getString("name"),
                        rs.getString("post"),
                        rs.getBoolean("assigned"),
                        rs.getInt("attempts"),
                        rs.getBoolean("finished"),
                        rs.getObject("best") == null ? null : rs.getDouble("best"),
                        rs.getBoolean("passed"),
                        rs.getTimestamp("finished_at") == null
                                ? null
                                : rs.getTimestamp("finished_at").toInstant()))
                .list();
    }

    /**
     * The item analysis over the first finished attempt of the period of every examinee of the
     * scope (later attempts follow a review of the answers); a question drawn but not answered
     * counts as answered wrongly.
     */
    private List<Item> items(long testId, String scope, Period period, List<Integer> analysed) {
        Map<Long, Map<Long, Double>> marks = new LinkedHashMap<>();
        Map<Long, Double> totals = new LinkedHashMap<>();
        jdbc.sql("""
                with first as (
                    select distinct on (a.employee_id) a.id, a.score, a.questions
                    from test_attempt a join employee e on e.id = a.employee_id join organization o on o.id = e.organization_id
                    where a.test_id = :test and a.finished_at is not null and o.path like :scope || '%'
                      and (cast(:from as date) is null or (a.finished_at at time zone :zone)::date >= :from)
                      and (cast(:to as date) is null or (a.finished_at at time zone :zone)::date <= :to)
                    order by a.employee_id, a.number
                )
                select f.id, f.score, cast(q.value ->> 'id' as bigint) as question, coalesce(aa.mark, 0) as mark
                from first f cross join lateral jsonb_array_elements(f.questions) with ordinality as q(value, position)
                left join attempt_answer aa on aa.attempt_id = f.id and aa.position = q.position - 1
                order by f.id, q.position""")
                .param("test", testId)
                .param("scope", scope)
                .param("from", period.from())
                .param("to", period.to())
                .param("zone", regionTime.id())
                .query((rs, n) -> {
                    long attempt = rs.getLong("id");
                    totals.put(attempt, rs.getDouble("score"));
                    return marks.computeIfAbsent(attempt, k -> new LinkedHashMap<>())
                            .put(rs.getLong("question"), rs.getDouble("mark"));
                })
                .list();
        analysed.add(totals.size());
        List<ItemAnalysis.Examinee> examinees = new ArrayList<>();
        totals.forEach((attempt, total) -> examinees.add(new ItemAnalysis.Examinee(total, marks.get(attempt))));
        List<ItemAnalysis.Item> analysis = ItemAnalysis.analyse(examinees);
        if (analysis.isEmpty()) {
            return List.of();
        }
        Map<Long, Question> questions =
                bank.byIds(analysis.stream().map(ItemAnalysis.Item::questionId).toList());
        List<Item> items = new ArrayList<>();
        for (ItemAnalysis.Item i : analysis) {
            Question q = questions.get(i.questionId());
            items.add(new Item(
                    items.size() + 1,
                    i.questionId(),
                    q == null ? "" : q.text(),
                    q == null ? "" : q.category(),
                    i.answered(),
                    i.facility(),
                    i.discrimination()));
        }
        return items;
    }

    // ---- XLSX --------------------------------------------------------------------------------

    /** The three tables of the analysis: by organization, per examinee, per question. */
    void writeXlsx(Analysis analysis, OutputStream out) throws IOException {
        try (Spreadsheet workbook = new Spreadsheet()) {
            Spreadsheet.Table byOrganization = workbook.table(
                    text("training.analysis.sheet.organizations"),
                    column("person.field.organization", 70),
                    column("training.analysis.assigned", 14),
                    column("training.analysis.started", 14),
                    column("training.analysis.finished", 14),
                    column("training.analysis.passedCount", 14),
                    column("training.analysis.passRate", 14),
                    column("training.analysis.meanBest", 14));
            for (ByOrganization o : analysis.organizations()) {
                byOrganization.row(organizationRow("  ".repeat(Math.max(0, o.depth())) + o.organization(), o));
            }
            byOrganization.boldRow(organizationRow(text("training.analysis.total"), analysis.total()));

            Spreadsheet.Table people = workbook.table(
                    text("training.analysis.sheet.examinees"),
                    column("person.field.organization", 40),
                    column("acts.employee", 40),
                    column("person.field.post", 40),
                    column("training.analysis.assignedShort", 14),
                    column("training.analysis.attempts", 14),
                    column("training.analysis.best", 14),
                    column("training.analysis.status", 14),
                    column("training.analysis.finishedOn", 14));
            for (Examinee e : analysis.examinees()) {
                people.row(
                        e.organization(),
                        e.employee(),
                        e.post(),
                        e.assigned() ? text("training.analysis.yes") : null,
                        e.attempts(),
                        e.best(),
                        text(status(e)),
                        e.finishedAt() == null ? null : DATE.format(regionTime.at(e.finishedAt())));
            }

            Spreadsheet.Table questions = workbook.table(
                    text("training.analysis.sheet.items"),
                    column("training.analysis.number", 8),
                    column("training.analysis.question", 80),
                    column("training.analysis.category", 40),
                    column("training.analysis.answered", 12),
                    column("training.analysis.facility", 12),
                    column("training.analysis.discrimination", 12),
                    column("training.analysis.flags", 40));
            for (Item i : analysis.items()) {
                questions.row(
                        i.number(),
                        i.text(),
                        i.category(),
                        i.answered(),
                        round(i.facility()),
                        i.discrimination() == null ? null : round(i.discrimination()),
                        flags(i));
            }
            workbook.write(out);
        }
    }

    static String status(Examinee e) {
        return e.passed()
                ? "training.passed"
                : e.finished()
                        ? "training.failed"
                        : e.attempts() > 0 ? "training.analysis.inProgress" : "training.analysis.notStarted";
    }

    private String flags(Item i) {
        List<String> flags = new ArrayList<>();
        if (i.tooHard()) {
            flags.add(text("training.analysis.flag.hard"));
        }
        if (i.tooEasy()) {
            flags.add(text("training.analysis.flag.easy"));
        }
        if (i.weak()) {
            flags.add(text("training.analysis.flag.weak"));
        }
        return String.join("; ", flags);
    }

    private static Object[] organizationRow(String name, ByOrganization o) {
        return new Object[] {
            name,
            o.assigned(),
            o.started(),
            o.finished(),
            o.passed(),
            o.passRate(),
            o.meanBest() == null ? null : Math.round(o.meanBest() * 10) / 10.0
        };
    }

    private Spreadsheet.Column column(String key, int width) {
        return new Spreadsheet.Column(text(key), width);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }
}
