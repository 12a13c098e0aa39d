package ru.probity.contest;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.contest.model.ApplicationStatus;
import ru.probity.contest.model.ContestStatus;
import ru.probity.contest.model.JurorTies;
import ru.probity.contest.model.Participant;
import ru.probity.contest.model.Scoring;
import ru.probity.contest.model.WorkKind;
import ru.probity.platform.AttachedFile;

/**
 * The contests and everything of them ({@code contest}, {@code contest_nomination},
 * {@code contest_age_group}, {@code contest_criterion}, {@code contest_application},
 * {@code contest_file}, {@code contest_juror}, {@code contest_score}, {@code contest_result}); reads
 * the published {@code organization}, {@code org_subtree}, {@code app_user}, {@code employee} and
 * {@code relative} (the jurors' ties).
 */
@Repository
class ContestStore {

    private static final String CONTEST = """
            select c.id, c.organization_id, o.name as organization, c.title, c.rules, c.applications_from,
                   c.applications_to, c.judging_until, c.results_on, c.status, c.judging_closed_at,
                   c.results_published_at
            from contest c join organization o on o.id = c.organization_id""";

    private static final String ENTRY = """
            select a.*, m.name as municipality, n.title as nomination, g.min_age, g.max_age
            from contest_application a
            join organization m on m.id = a.municipality_id
            join contest_nomination n on n.id = a.nomination_id
            join contest_age_group g on g.id = a.age_group_id""";

    private final JdbcClient jdbc;

    ContestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- contests ---

    long insertContest(long organizationId, Contests.ContestForm f, String username) {
        return jdbc.sql("""
                insert into contest (organization_id, title, rules, applications_from, applications_to, judging_until,
                                     results_on, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        organizationId,
                        f.title().strip(),
                        f.rules() == null ? "" : f.rules().strip(),
                        f.applicationsFrom(),
                        f.applicationsTo(),
                        f.judgingUntil(),
                        f.resultsOn(),
                        username,
                        username)
                .query(Long.class)
                .single();
    }

    Optional<Contest> contest(long id) {
        return jdbc.sql(CONTEST + " where c.id = ?")
                .param(id)
                .query(ContestStore::contest)
                .optional();
    }

    /** The contest, locked for the change (applications numbered, states moved one at a time). */
    Optional<Contest> lock(long id) {
        return jdbc.sql(CONTEST + " where c.id = ? for update of c")
                .param(id)
                .query(ContestStore::contest)
                .optional();
    }

    /** The contests organized in the subtree of {@code root}, the newest first. */
    List<Contest> contests(long root) {
        return jdbc.sql(CONTEST
                        + " where c.organization_id in (select organization_id from org_subtree where ancestor_id = ?)"
                        + " order by c.applications_from desc, c.id desc")
                .param(root)
                .query(ContestStore::contest)
                .list();
    }

    /** The contests whose jury the user sits on, the newest first. */
    List<Contest> juryContests(long userId) {
        return jdbc.sql(CONTEST
                        + " where c.id in (select contest_id from contest_juror where user_id = ?)"
                        + " order by c.applications_from desc, c.id desc")
                .param(userId)
                .query(ContestStore::contest)
                .list();
    }

    /** The public contests of an organization (announced and later), the newest first. */
    List<Contest> publicContests(long organizationId) {
        return jdbc.sql(CONTEST + " where c.organization_id = ? and c.status <> 'DRAFT'"
                        + " order by c.applications_from desc, c.id desc")
                .param(organizationId)
                .query(ContestStore::contest)
                .list();
    }

    boolean hasPublic(long organizationId) {
        return jdbc.sql("select exists (select 1 from contest where organization_id = ? and status <> 'DRAFT')")
                .param(organizationId)
                .query(Boolean.class)
                .single();
    }

    /** Public contests of the organization whose title or rules contain the words of {@code q}. */
    List<Contest> search(long organizationId, String q, int limit) {
        return jdbc.sql(CONTEST + " where c.organization_id = :org and c.status <> 'DRAFT'"
                        + " and (c.title ilike :q or c.rules ilike :q) order by c.applications_from desc limit :limit")
                .param("org", organizationId)
                .param("q", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .param("limit", limit)
                .query(ContestStore::contest)
                .list();
    }

    void setStatus(long id, ContestStatus status, String username) {
        jdbc.sql("""
                update contest set status = :status, updated_by = :by, updated_at = now(),
                       judging_closed_at = case when :status = 'JUDGING_CLOSED' then now() else judging_closed_at end,
                       results_published_at = case when :status = 'RESULTS_PUBLISHED' then now()
                                                   else results_published_at end
                where id = :id""")
                .param("status", status.name())
                .param("by", username)
                .param("id", id)
                .update();
    }

    void backdate(long id, Instant closedAt, Instant publishedAt) {
        jdbc.sql("update contest set judging_closed_at = ?, results_published_at = ? where id = ?")
                .params(
                        closedAt == null ? null : java.sql.Timestamp.from(closedAt),
                        publishedAt == null ? null : java.sql.Timestamp.from(publishedAt),
                        id)
                .update();
    }

    boolean inSubtree(long ancestor, long organizationId) {
        return jdbc.sql("select exists (select 1 from org_subtree where ancestor_id = ? and organization_id = ?)")
                .params(ancestor, organizationId)
                .query(Boolean.class)
                .single();
    }

    private static Contest contest(ResultSet rs, int n) throws SQLException {
        return new Contest(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                rs.getString("organization"),
                rs.getString("title"),
                rs.getString("rules"),
                rs.getObject("applications_from", LocalDate.class),
                rs.getObject("applications_to", LocalDate.class),
                rs.getObject("judging_until", LocalDate.class),
                rs.getObject("results_on", LocalDate.class),
                ContestStatus.valueOf(rs.getString("status")),
                instant(rs, "judging_closed_at"),
                instant(rs, "results_published_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    // --- nominations, criteria, age groups ---

    long insertNomination(long contestId, String title, String kinds) {
        return jdbc.sql("""
                insert into contest_nomination (contest_id, title, work_kinds, position)
                values (:c, :title, :kinds, (select coalesce(max(position), 0) + 1 from contest_nomination
                                             where contest_id = :c)) returning id""")
                .param("c", contestId)
                .param("title", title)
                .param("kinds", kinds)
                .query(Long.class)
                .single();
    }

    long insertCriterion(long nominationId, String name, int maxPoints) {
        return jdbc.sql("""
                insert into contest_criterion (nomination_id, name, max_points, position)
                values (:n, :name, :max, (select coalesce(max(position), 0) + 1 from contest_criterion
                                          where nomination_id = :n)) returning id""")
                .param("n", nominationId)
                .param("name", name)
                .param("max", maxPoints)
                .query(Long.class)
                .single();
    }

    long insertAgeGroup(long contestId, int minAge, int maxAge) {
        return jdbc.sql("insert into contest_age_group (contest_id, min_age, max_age) values (?, ?, ?) returning id")
                .params(contestId, minAge, maxAge)
                .query(Long.class)
                .single();
    }

    List<Nomination> nominations(long contestId) {
        Map<Long, List<Scoring.Criterion>> criteria = new HashMap<>();
        jdbc.sql("""
                select k.nomination_id, k.id, k.name, k.max_points from contest_criterion k
                join contest_nomination n on n.id = k.nomination_id where n.contest_id = ?
                order by k.position, k.id""").param(contestId).query(rs -> {
            criteria.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Scoring.Criterion(rs.getLong(2), rs.getString(3), rs.getInt(4)));
        });
        return jdbc.sql(
                        "select id, title, work_kinds from contest_nomination where contest_id = ? order by position, id")
                .param(contestId)
                .query((rs, n) -> new Nomination(
                        rs.getLong(1),
                        rs.getString(2),
                        WorkKind.parse(rs.getString(3)),
                        List.copyOf(criteria.getOrDefault(rs.getLong(1), List.of()))))
                .list();
    }

    List<Participant.AgeGroup> ageGroups(long contestId) {
        return jdbc.sql("select id, min_age, max_age from contest_age_group where contest_id = ? order by min_age, id")
                .param(contestId)
                .query((rs, n) -> new Participant.AgeGroup(rs.getLong(1), rs.getInt(2), rs.getInt(3)))
                .list();
    }

    // --- jurors ---

    /** An account of the jury, with his employee card if linked. */
    record Juror(long userId, String fullName, Long employeeId) {}

    List<Juror> jurors(long contestId) {
        return jdbc.sql("""
                select u.id, u.full_name, u.employee_id from contest_juror j join app_user u on u.id = j.user_id
                where j.contest_id = ? order by u.full_name, u.id""")
                .param(contestId)
                .query((rs, n) -> new Juror(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3)))
                .list();
    }

    boolean isJuror(long contestId, long userId) {
        return jdbc.sql("select exists (select 1 from contest_juror where contest_id = ? and user_id = ?)")
                .params(contestId, userId)
                .query(Boolean.class)
                .single();
    }

    /** An enabled account by its login: its id, name and organization. */
    record Account(long id, String fullName, long organizationId) {}

    Optional<Account> account(String username) {
        return jdbc.sql(
                        "select id, full_name, organization_id from app_user where lower(username) = lower(?) and enabled")
                .param(username.strip())
                .query((rs, n) -> new Account(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .optional();
    }

    void insertJuror(long contestId, long userId, String username) {
        jdbc.sql(
                        "insert into contest_juror (contest_id, user_id, appointed_by) values (?, ?, ?) on conflict do nothing")
                .params(contestId, userId, username)
                .update();
    }

    int deleteJuror(long contestId, long userId) {
        return jdbc.sql("delete from contest_juror where contest_id = ? and user_id = ?"
                        + " and not exists (select 1 from contest_score s join contest_application a"
                        + " on a.id = s.application_id where a.contest_id = ? and s.user_id = ?)")
                .params(contestId, userId, contestId, userId)
                .update();
    }

    /** The employee card as a person (its name and birth date). */
    Optional<JurorTies.Person> card(long employeeId) {
        return jdbc.sql("select last_name, first_name, middle_name, birth_date from employee where id = ?")
                .param(employeeId)
                .query((rs, n) -> new JurorTies.Person(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class)))
                .optional();
    }

    /** The relatives of an employee card in the people registry. */
    List<JurorTies.Relative> relatives(long employeeId) {
        return jdbc.sql("""
                select last_name, first_name, middle_name, birth_date, relation from relative
                where employee_id = ? order by id""")
                .param(employeeId)
                .query((rs, n) -> new JurorTies.Relative(
                        new JurorTies.Person(
                                rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class)),
                        rs.getString(5)))
                .list();
    }

    // --- applications ---

    String nextNumber(long contestId) {
        int next = jdbc.sql("select count(*) + 1 from contest_application where contest_id = ?")
                .param(contestId)
                .query(Integer.class)
                .single();
        return contestId + "-" + String.format("%04d", next);
    }

    long insertEntry(
            long contestId,
            String number,
            Entries.NewEntry e,
            long ageGroupId,
            String videoUrl,
            boolean minor,
            LocalDate submittedOn) {
        return jdbc.sql("""
                insert into contest_application (contest_id, number, last_name, first_name, middle_name, birth_date,
                       school, municipality_id, nomination_id, age_group_id, work_title, video_url, email, minor,
                       parent_name, parent_consent, submitted_on)
                values (:contest, :number, :last, :first, :middle, :birth, :school, :municipality, :nomination,
                        :group, :work, :video, :email, :minor, :parent, :consent, :on) returning id""")
                .param("contest", contestId)
                .param("number", number)
                .param("last", e.lastName())
                .param("first", e.firstName())
                .param("middle", e.middleName())
                .param("birth", e.birthDate())
                .param("school", e.school())
                .param("municipality", e.municipalityId())
                .param("nomination", e.nominationId())
                .param("group", ageGroupId)
                .param("work", e.workTitle())
                .param("video", videoUrl)
                .param("email", e.email())
                .param("minor", minor)
                .param("parent", minor ? e.parentName() : null)
                .param("consent", minor && e.parentConsent())
                .param("on", submittedOn)
                .query(Long.class)
                .single();
    }

    void insertFile(long applicationId, String purpose, AttachedFile file) {
        jdbc.sql("""
                insert into contest_file (application_id, purpose, name, content_type, content, sha256)
                values (?, ?, ?, ?, ?, ?)""")
                .params(applicationId, purpose, file.name(), file.type().contentType(), file.content(), file.sha256())
                .update();
    }

    /** The applications of a contest, without their files, in the order of their numbers. */
    List<Entry> entries(long contestId) {
        return jdbc.sql(ENTRY + " where a.contest_id = ? order by a.id")
                .param(contestId)
                .query((rs, n) -> entry(rs, List.of()))
                .list();
    }

    Optional<Entry> entry(long contestId, long id) {
        List<Entry.EntryFile> files = jdbc.sql("""
                select id, purpose, name, content_type, octet_length(content) from contest_file
                where application_id = ? order by purpose desc, id""")
                .param(id)
                .query((rs, n) -> new Entry.EntryFile(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .list();
        return jdbc.sql(ENTRY + " where a.contest_id = ? and a.id = ?")
                .params(contestId, id)
                .query((rs, n) -> entry(rs, files))
                .optional();
    }

    private static Entry entry(ResultSet rs, List<Entry.EntryFile> files) throws SQLException {
        return new Entry(
                rs.getLong("id"),
                rs.getLong("contest_id"),
                rs.getString("number"),
                rs.getString("last_name"),
                rs.getString("first_name"),
                rs.getString("middle_name"),
                rs.getObject("birth_date", LocalDate.class),
                rs.getString("school"),
                rs.getLong("municipality_id"),
                rs.getString("municipality"),
                rs.getLong("nomination_id"),
                rs.getString("nomination"),
                rs.getLong("age_group_id"),
                rs.getInt("min_age"),
                rs.getInt("max_age"),
                rs.getString("work_title"),
                rs.getString("video_url"),
                rs.getString("email"),
                rs.getBoolean("minor"),
                rs.getString("parent_name"),
                rs.getBoolean("parent_consent"),
                rs.getObject("submitted_on", LocalDate.class),
                ApplicationStatus.valueOf(rs.getString("status")),
                rs.getString("reason"),
                files);
    }

    /** A stored file with its content. */
    record StoredFile(String name, String contentType, byte[] content, String purpose) {}

    Optional<StoredFile> file(long applicationId, long fileId) {
        return jdbc.sql(
                        "select name, content_type, content, purpose from contest_file where application_id = ? and id = ?")
                .params(applicationId, fileId)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getString(4)))
                .optional();
    }

    void moderate(long id, ApplicationStatus status, String reason, String username) {
        jdbc.sql("""
                update contest_application set status = ?, reason = ?, moderated_by = ?, moderated_at = now()
                where id = ?""").params(status.name(), reason, username, id).update();
    }

    /** A municipality of the organizer's subtree, for the participant's picker. */
    record Municipality(long id, String name) {}

    List<Municipality> municipalities(long organizerId) {
        return jdbc.sql("""
                select o.id, o.name from organization o
                where o.active and o.kind in ('CITY_DISTRICT', 'MUNICIPAL_DISTRICT', 'MUNICIPAL_OKRUG',
                                              'URBAN_SETTLEMENT', 'RURAL_SETTLEMENT')
                  and o.id in (select organization_id from org_subtree where ancestor_id = ?)
                order by o.name""")
                .param(organizerId)
                .query((rs, n) -> new Municipality(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** How many applications each contest of the list has, and how many wait for the moderation. */
    record Counts(int applications, int submitted, int admitted) {}

    Map<Long, Counts> counts(List<Long> contestIds) {
        Map<Long, Counts> counts = new HashMap<>();
        if (contestIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                select contest_id, count(*), count(*) filter (where status = 'SUBMITTED'),
                       count(*) filter (where status = 'ADMITTED')
                from contest_application where contest_id in (:ids) group by contest_id""").param("ids", contestIds).query(rs -> {
            counts.put(rs.getLong(1), new Counts(rs.getInt(2), rs.getInt(3), rs.getInt(4)));
        });
        return counts;
    }

    /** The announced contests of the subtree with applications waiting for the moderation. */
    record Waiting(long contestId, String title, int count, LocalDate since) {}

    List<Waiting> waiting(long root) {
        return jdbc.sql("""
                select c.id, c.title, count(a.id), min(a.submitted_on) from contest c
                join contest_application a on a.contest_id = c.id and a.status = 'SUBMITTED'
                where c.status = 'ANNOUNCED'
                  and c.organization_id in (select organization_id from org_subtree where ancestor_id = ?)
                group by c.id, c.title order by c.id""")
                .param(root)
                .query((rs, n) ->
                        new Waiting(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getObject(4, LocalDate.class)))
                .list();
    }

    // --- scores ---

    /** The juror's scores of a work, criterion → points. */
    Map<Long, Integer> scores(long applicationId, long userId) {
        Map<Long, Integer> scores = new LinkedHashMap<>();
        jdbc.sql("select criterion_id, points from contest_score where application_id = ? and user_id = ?")
                .params(applicationId, userId)
                .query(rs -> {
                    scores.put(rs.getLong(1), rs.getInt(2));
                });
        return scores;
    }

    /** All the juror's scores in the contest: application → criterion → points. */
    Map<Long, Map<Long, Integer>> scoresOf(long contestId, long userId) {
        Map<Long, Map<Long, Integer>> scores = new HashMap<>();
        jdbc.sql("""
                select s.application_id, s.criterion_id, s.points from contest_score s
                join contest_application a on a.id = s.application_id where a.contest_id = ? and s.user_id = ?""").params(contestId, userId).query(rs -> {
            scores.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getInt(3));
        });
        return scores;
    }

    void saveScores(long applicationId, long userId, Map<Long, Integer> scores) {
        scores.forEach((criterion, points) ->
                jdbc.sql("""
                        insert into contest_score (application_id, user_id, criterion_id, points) values (?, ?, ?, ?)
                        on conflict (application_id, user_id, criterion_id)
                        do update set points = excluded.points, scored_at = now()""").params(applicationId, userId, criterion, points).update());
    }

    /** One score of the contest. */
    record Score(long applicationId, long userId, long criterionId, int points) {}

    List<Score> allScores(long contestId) {
        return jdbc.sql("""
                select s.application_id, s.user_id, s.criterion_id, s.points from contest_score s
                join contest_application a on a.id = s.application_id where a.contest_id = ?""")
                .param(contestId)
                .query((rs, n) -> new Score(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4)))
                .list();
    }

    /** How many works each juror has scored at all: the progress, without any score. */
    Map<Long, Integer> scoredWorks(long contestId) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("""
                select s.user_id, count(distinct s.application_id) from contest_score s
                join contest_application a on a.id = s.application_id where a.contest_id = ? group by s.user_id""").param(contestId).query(rs -> {
            counts.put(rs.getLong(1), rs.getInt(2));
        });
        return counts;
    }

    /** The works of a contest the juror has scored at all. */
    List<Long> scoredBy(long contestId, long userId) {
        return jdbc.sql("""
                select distinct s.application_id from contest_score s
                join contest_application a on a.id = s.application_id where a.contest_id = ? and s.user_id = ?""").params(contestId, userId).query(Long.class).list();
    }

    // --- results ---

    void replaceResults(long contestId, List<ru.probity.contest.model.Ranking.Result> results) {
        jdbc.sql("delete from contest_result where application_id in"
                        + " (select id from contest_application where contest_id = ?)")
                .param(contestId)
                .update();
        for (var r : results) {
            jdbc.sql("insert into contest_result (application_id, jurors, mean, place) values (?, ?, ?, ?)")
                    .params(r.applicationId(), r.jurors(), r.mean(), r.place())
                    .update();
        }
    }

    /** A line of the results: the work, its participant (name, school, municipality), mean and place. */
    record ResultRow(
            long applicationId,
            String number,
            String name,
            String school,
            String municipality,
            long nominationId,
            String nomination,
            int minAge,
            int maxAge,
            String workTitle,
            int jurors,
            BigDecimal mean,
            Integer place) {

        public boolean winner() {
            return place != null && place <= ru.probity.contest.model.Ranking.PRIZE_PLACES;
        }
    }

    List<ResultRow> results(long contestId) {
        return jdbc.sql("""
                select a.id, a.number, a.last_name || ' ' || a.first_name || coalesce(' ' || a.middle_name, ''),
                       a.school, m.name, n.id, n.title, g.min_age, g.max_age, a.work_title, r.jurors, r.mean, r.place
                from contest_result r
                join contest_application a on a.id = r.application_id
                join organization m on m.id = a.municipality_id
                join contest_nomination n on n.id = a.nomination_id
                join contest_age_group g on g.id = a.age_group_id
                where a.contest_id = ?
                order by n.position, n.id, g.min_age, g.id, r.place nulls last, a.last_name, a.first_name, a.id""")
                .param(contestId)
                .query((rs, n) -> new ResultRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getLong(6),
                        rs.getString(7),
                        rs.getInt(8),
                        rs.getInt(9),
                        rs.getString(10),
                        rs.getInt(11),
                        rs.getBigDecimal(12),
                        (Integer) rs.getObject(13)))
                .list();
    }

    /** A line of the statistics by municipality and school. */
    record StatRow(String municipality, String school, int applications, int admitted, int winners) {}

    List<StatRow> statistics(long contestId) {
        return jdbc.sql("""
                select m.name, a.school, count(*), count(*) filter (where a.status = 'ADMITTED'),
                       count(*) filter (where r.place <= ?)
                from contest_application a
                join organization m on m.id = a.municipality_id
                left join contest_result r on r.application_id = a.id
                where a.contest_id = ?
                group by m.name, a.school order by m.name, a.school""")
                .params(ru.probity.contest.model.Ranking.PRIZE_PLACES, contestId)
                .query((rs, n) ->
                        new StatRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .list();
    }

    /** The announced contests with the user on their jury. */
    List<Contest> judgingContests(long userId) {
        return jdbc.sql(CONTEST + " where c.status = 'ANNOUNCED'"
                        + " and c.id in (select contest_id from contest_juror where user_id = ?) order by c.id")
                .param(userId)
                .query(ContestStore::contest)
                .list();
    }
}
