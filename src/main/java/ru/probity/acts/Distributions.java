package ru.probity.acts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.accounts.Accounts;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.org.Organizations;
import tools.jackson.databind.json.JsonMapper;

/**
 * Distribution of an act's version for acknowledgement "под роспись": the audience (an
 * organization subtree, narrowed by posts, by appointment within the last N days, or to named
 * people) gets one acknowledgement each, with a due date. The employee reads the text and signs by
 * re-entering his password (after the quiz, when the act has one); the acknowledgement records the
 * hash of the file he read. A new version asks the same audience again.
 */
@Service
@Transactional
public class Distributions {

    private static final int MIN_TERM_DAYS = 7;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Organizations organizations;
    private final LegalActs acts;
    private final Accounts accounts;
    private final AccessLog accessLog;

    Distributions(
            JdbcClient jdbc,
            JsonMapper json,
            Organizations organizations,
            @Lazy LegalActs acts,
            Accounts accounts,
            AccessLog accessLog) {
        this.jdbc = jdbc;
        this.json = json;
        this.organizations = organizations;
        this.acts = acts;
        this.accounts = accounts;
        this.accessLog = accessLog;
    }

    /**
     * Who is asked: the subtree of an organization, optionally narrowed; {@code newcomers} marks
     * the employees of the mandatory package.
     */
    public record Audience(
            long organizationId,
            List<String> posts,
            Integer appointedWithinDays,
            List<Long> employeeIds,
            boolean newcomers) {
        public Audience(long organizationId, List<String> posts, Integer appointedWithinDays, List<Long> employeeIds) {
            this(organizationId, posts, appointedWithinDays, employeeIds, false);
        }

        public Audience {
            posts = posts == null
                    ? List.of()
                    : posts.stream()
                            .map(String::strip)
                            .filter(p -> !p.isEmpty())
                            .toList();
            employeeIds = employeeIds == null ? List.of() : List.copyOf(employeeIds);
        }
    }

    /** A distribution with its figures. */
    public record Summary(
            long id,
            long actId,
            String actTitle,
            int versionNumber,
            String organization,
            LocalDate dueOn,
            Instant createdAt,
            String createdBy,
            int recipients,
            int acknowledged,
            int overdue) {}

    /** One employee of a distribution. */
    public record Row(
            long acknowledgementId,
            long employeeId,
            String name,
            String post,
            String organization,
            String status,
            Instant acknowledgedAt,
            String method,
            String acknowledgedBy,
            Integer quizScore,
            boolean overdue) {}

    /** An acknowledgement as its employee sees it in his list. */
    public record Mine(
            long id,
            long actId,
            String title,
            String requisites,
            ActKind kind,
            int versionNumber,
            LocalDate dueOn,
            String status,
            Instant acknowledgedAt,
            boolean overdue) {}

    /** What the employee reads and signs. */
    public record Reading(Mine acknowledgement, LegalAct act, ActVersion version, String text) {}

    /** The outcome of signing. */
    public enum Signed {
        ACKNOWLEDGED,
        WRONG_PASSWORD,
        QUIZ_FAILED,
        ALREADY
    }

    /**
     * Sends the act's newest version to the audience; returns the distribution's id. Refused with
     * a message key when the act has no file, the due date is past or nobody is in the audience.
     */
    public long distribute(CurrentUser user, long actId, Audience audience, LocalDate dueOn) {
        LegalActs.requireKeeper(user);
        organizations.get(user, audience.organizationId());
        acts.get(user, actId);
        ActVersion version = acts.latest(user, actId)
                .orElseThrow(() -> new InvalidActException(Map.of("file", "acts.error.noFile")));
        if (dueOn == null || dueOn.isBefore(LocalDate.now())) {
            throw new InvalidActException(Map.of("dueOn", "acts.error.due"));
        }
        long id = insert(user.username(), actId, version.id(), audience, dueOn, null);
        if (id < 0) {
            throw new InvalidActException(Map.of("audience", "acts.error.nobody"));
        }
        return id;
    }

    /** Named people of a subtree: the employees found, and the names not found or not unique. */
    public record Named(List<Long> employeeIds, List<String> unknown) {}

    /**
     * The employees named in a list (by full name, in any case and with е for ё, or by the employee
     * code of the card and the XLSX export) among the active ones of the organization's subtree.
     */
    @Transactional(readOnly = true)
    public Named named(CurrentUser user, long organizationId, String list) {
        String path = organizations.get(user, organizationId).path();
        List<Long> ids = new java.util.ArrayList<>();
        List<String> unknown = new java.util.ArrayList<>();
        for (String token : list.split("[,;\\n]")) {
            String name = token.strip();
            if (name.isEmpty()) {
                continue;
            }
            List<Long> found = jdbc.sql("""
                    select e.id from employee e join organization o on o.id = e.organization_id
                    where e.active and o.path like :path || '%'
                      and (e.search_name = probity_search_text(:name) or cast(e.id as text) = :name)""")
                    .param("path", path)
                    .param("name", name)
                    .query(Long.class)
                    .list();
            if (found.size() == 1) {
                ids.add(found.getFirst());
            } else {
                unknown.add(name);
            }
        }
        return new Named(ids, unknown);
    }

    /** Asks everyone asked for an earlier version of the act to acknowledge this one. */
    void askAgain(CurrentUser user, ActVersion version) {
        List<Previous> previous = jdbc.sql("""
                select d.id, d.audience, d.due_on, d.created_at::date as created_on from act_distribution d
                where d.act_id = ? and d.version_id <> ?
                  and not exists (select 1 from act_distribution n where n.repeats_id = d.id)""")
                .params(version.actId(), version.id())
                .query((rs, n) -> new Previous(
                        rs.getLong("id"),
                        json.readValue(rs.getString("audience"), Audience.class),
                        rs.getDate("due_on").toLocalDate(),
                        rs.getDate("created_on").toLocalDate()))
                .list();
        for (Previous p : previous) {
            long term = Math.max(MIN_TERM_DAYS, ChronoUnit.DAYS.between(p.createdOn(), p.dueOn()));
            insert(
                    user.username(),
                    version.actId(),
                    version.id(),
                    p.audience(),
                    LocalDate.now().plusDays(term),
                    p.id());
        }
    }

    private record Previous(long id, Audience audience, LocalDate dueOn, LocalDate createdOn) {}

    /** Inserts the distribution and one acknowledgement per employee of the audience; -1 if none. */
    private long insert(String actor, long actId, long versionId, Audience audience, LocalDate dueOn, Long repeats) {
        long id = jdbc.sql("""
                insert into act_distribution (act_id, version_id, organization_id, audience, due_on, repeats_id, created_by)
                values (?, ?, ?, cast(? as jsonb), ?, ?, ?) returning id""")
                .params(
                        actId,
                        versionId,
                        audience.organizationId(),
                        json.writeValueAsString(audience),
                        dueOn,
                        repeats,
                        actor)
                .query(Long.class)
                .single();
        int recipients = jdbc.sql("""
                insert into acknowledgement (distribution_id, employee_id)
                select :distribution, e.id from employee e join organization o on o.id = e.organization_id
                where e.active
                  and o.path like (select path from organization where id = :organization) || '%'
                  and (cardinality(cast(:posts as text[])) = 0 or e.post ilike any(cast(:posts as text[])))
                  and (cast(:days as int) is null or e.appointed_on >= current_date - cast(:days as int))
                  and (cardinality(cast(:named as bigint[])) = 0 or e.id = any(cast(:named as bigint[])))""")
                .param("distribution", id)
                .param("organization", audience.organizationId())
                .param(
                        "posts",
                        audience.posts().stream().map(p -> "%" + p + "%").toArray(String[]::new))
                .param("days", audience.appointedWithinDays())
                .param("named", audience.employeeIds().toArray(Long[]::new))
                .update();
        if (recipients == 0) {
            jdbc.sql("delete from act_distribution where id = ?").param(id).update();
            return -1;
        }
        return id;
    }

    /**
     * The mandatory package: every active employee of a mandatory act's subtree, hired or appointed
     * since the act became mandatory and not yet asked for it, is asked now, with the act's term.
     * Run by a scheduled job (one instance of a cluster at a time); returns how many were asked.
     */
    public int askNewcomers() {
        record Due(long actId, long versionId, long organizationId, int term, List<Long> employees) {}
        List<Due> due = jdbc.sql("""
                select a.id, v.id as version_id, a.organization_id, a.newcomer_term_days, array_agg(e.id order by e.id) as employees
                from legal_act a
                join lateral (select id from act_version where act_id = a.id order by number desc limit 1) v on true
                join organization ko on ko.id = a.organization_id
                join organization o on o.path like ko.path || '%'
                join employee e on e.organization_id = o.id and e.active
                where a.mandatory_since is not null and a.status = 'IN_FORCE'
                  and coalesce(e.appointed_on, e.created_at::date) >= a.mandatory_since
                  and not exists (select 1 from acknowledgement k join act_distribution d on d.id = k.distribution_id
                                  where d.act_id = a.id and k.employee_id = e.id)
                group by a.id, v.id""")
                .query((rs, n) -> new Due(
                        rs.getLong("id"),
                        rs.getLong("version_id"),
                        rs.getLong("organization_id"),
                        rs.getInt("newcomer_term_days"),
                        java.util.Arrays.asList(
                                (Long[]) rs.getArray("employees").getArray())))
                .list();
        int asked = 0;
        for (Due d : due) {
            insert(
                    "system",
                    d.actId(),
                    d.versionId(),
                    new Audience(d.organizationId(), List.of(), null, d.employees(), true),
                    LocalDate.now().plusDays(d.term()),
                    null);
            asked += d.employees().size();
        }
        return asked;
    }

    /** The distributions of an act the user may follow (those in his subtree). */
    @Transactional(readOnly = true)
    public List<Summary> ofAct(CurrentUser user, long actId) {
        acts.get(user, actId);
        return summaries("d.act_id = :act", Map.of("act", actId), user);
    }

    @Transactional(readOnly = true)
    public Summary summary(CurrentUser user, long distributionId) {
        return summaries("d.id = :id", Map.of("id", distributionId), user).stream()
                .findFirst()
                .orElseThrow(() -> new ActNotFoundException(distributionId));
    }

    private List<Summary> summaries(String where, Map<String, Object> params, CurrentUser user) {
        requireFollower(user);
        return jdbc.sql("""
                select d.id, d.act_id, a.title, v.number, o.name, d.due_on, d.created_at, d.created_by,
                       count(k.id) as recipients,
                       count(k.id) filter (where k.status = 'ACKNOWLEDGED') as acknowledged,
                       count(k.id) filter (where k.status = 'PENDING' and d.due_on < current_date) as overdue
                from act_distribution d join legal_act a on a.id = d.act_id join act_version v on v.id = d.version_id
                join organization o on o.id = d.organization_id
                left join acknowledgement k on k.distribution_id = d.id""" + " where " + where + " and o.path like :scope || '%' " + """
                group by d.id, a.title, v.number, o.name order by d.created_at desc""")
                .params(params)
                .param("scope", organizations.scopePath(user))
                .query((rs, n) -> new Summary(
                        rs.getLong("id"),
                        rs.getLong("act_id"),
                        rs.getString("title"),
                        rs.getInt("number"),
                        rs.getString("name"),
                        rs.getDate("due_on").toLocalDate(),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("created_by"),
                        rs.getInt("recipients"),
                        rs.getInt("acknowledged"),
                        rs.getInt("overdue")))
                .list();
    }

    /** Everyone of a distribution with his acknowledgement, by organization and name (logged as a read). */
    public List<Row> rows(CurrentUser user, long distributionId) {
        summary(user, distributionId);
        List<Row> rows = jdbc.sql("""
                select k.id, e.id as employee_id,
                       e.last_name || ' ' || e.first_name || coalesce(' ' || e.middle_name, '') as name, e.post,
                       o.name as organization, k.status, k.acknowledged_at, k.method, k.acknowledged_by, k.quiz_score,
                       (k.status = 'PENDING' and d.due_on < current_date) as overdue
                from acknowledgement k join act_distribution d on d.id = k.distribution_id
                join employee e on e.id = k.employee_id join organization o on o.id = e.organization_id
                where k.distribution_id = ? order by o.path, e.last_name, e.first_name""")
                .param(distributionId)
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getLong("employee_id"),
                        rs.getString("name"),
                        rs.getString("post"),
                        rs.getString("organization"),
                        rs.getString("status"),
                        instant(rs.getTimestamp("acknowledged_at")),
                        rs.getString("method"),
                        rs.getString("acknowledged_by"),
                        rs.getObject("quiz_score", Integer.class),
                        rs.getBoolean("overdue")))
                .list();
        accessLog.recordEach(
                AccessAction.READ,
                "EMPLOYEE",
                rows.stream()
                        .map(r -> new AccessLog.Subject(r.employeeId(), null))
                        .toList(),
                "acknowledgements of distribution " + distributionId);
        return rows;
    }

    /** The signed-in employee's acknowledgements: to do first (soonest due), then done. */
    @Transactional(readOnly = true)
    public List<Mine> mine(CurrentUser user) {
        if (user.employeeId() == null) {
            return List.of();
        }
        return jdbc.sql(MINE + " where k.employee_id = ? order by k.status desc, d.due_on, k.id desc")
                .param(user.employeeId())
                .query((rs, n) -> mine(rs))
                .list();
    }

    /** How many acknowledgements the employee still has to give. */
    @Transactional(readOnly = true)
    public int pending(CurrentUser user) {
        if (user.employeeId() == null) {
            return 0;
        }
        return jdbc.sql("select count(*) from acknowledgement where employee_id = ? and status = 'PENDING'")
                .param(user.employeeId())
                .query(Integer.class)
                .single();
    }

    /** Opens one's own acknowledgement for reading; the first opening is recorded. */
    public Reading read(CurrentUser user, long acknowledgementId) {
        Mine mine = own(user, acknowledgementId);
        jdbc.sql("update acknowledgement set opened_at = now() where id = ? and opened_at is null")
                .param(acknowledgementId)
                .update();
        long versionId = jdbc.sql(
                        "select d.version_id from acknowledgement k join act_distribution d on d.id = k.distribution_id"
                                + " where k.id = ?")
                .param(acknowledgementId)
                .query(Long.class)
                .single();
        ActVersion version = acts.version(user, versionId);
        return new Reading(mine, acts.get(user, mine.actId()), version, acts.text(user, version));
    }

    /**
     * Signs one's own acknowledgement by re-entering the password, after the quiz when the act has
     * one ({@code answers}: the chosen option of each question).
     */
    public Signed acknowledge(CurrentUser user, long acknowledgementId, String password, List<Integer> answers) {
        Reading reading = read(user, acknowledgementId);
        if (!"PENDING".equals(reading.acknowledgement().status())) {
            return Signed.ALREADY;
        }
        Integer score = null;
        List<LegalAct.QuizQuestion> quiz = reading.act().quiz();
        if (!quiz.isEmpty()) {
            int right = 0;
            for (int i = 0; i < quiz.size(); i++) {
                if (answers != null
                        && i < answers.size()
                        && answers.get(i) != null
                        && answers.get(i) == quiz.get(i).correct()) {
                    right++;
                }
            }
            score = right * 100 / quiz.size();
            if (score < reading.act().quizPassPercent()) {
                return Signed.QUIZ_FAILED;
            }
        }
        if (!accounts.confirmPassword(user, password)) {
            return Signed.WRONG_PASSWORD;
        }
        jdbc.sql("""
                update acknowledgement set status = 'ACKNOWLEDGED', acknowledged_at = now(), acknowledged_by = ?,
                  method = 'ONLINE', content_sha256 = ?, quiz_score = ?
                where id = ? and status = 'PENDING'""")
                .params(user.username(), reading.version().sha256(), score, acknowledgementId)
                .update();
        accessLog.record(
                AccessAction.UPDATE,
                "EMPLOYEE",
                user.employeeId(),
                user.organizationId(),
                "acknowledged act " + reading.act().id() + " version "
                        + reading.version().number() + " sha256 "
                        + reading.version().sha256());
        return Signed.ACKNOWLEDGED;
    }

    /** The officer records a signature on paper for an employee who has no account or signed on paper. */
    public void recordOnPaper(CurrentUser user, long acknowledgementId, LocalDate signedOn) {
        LegalActs.requireKeeper(user);
        long distributionId = jdbc.sql("select distribution_id from acknowledgement where id = ?")
                .param(acknowledgementId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new ActNotFoundException(acknowledgementId));
        summary(user, distributionId);
        if (signedOn == null || signedOn.isAfter(LocalDate.now())) {
            throw new InvalidActException(Map.of("signedOn", "acts.error.signedOn"));
        }
        jdbc.sql("""
                update acknowledgement k set status = 'ACKNOWLEDGED', acknowledged_at = cast(? as date), acknowledged_by = ?,
                  method = 'PAPER', content_sha256 = (select v.sha256 from act_distribution d join act_version v on v.id = d.version_id
                                                     where d.id = k.distribution_id)
                where k.id = ? and k.status = 'PENDING'""").params(signedOn, user.username(), acknowledgementId).update();
        accessLog.record(
                AccessAction.UPDATE, "ACKNOWLEDGEMENT", acknowledgementId, null, "signed on paper " + signedOn);
    }

    private Mine own(CurrentUser user, long acknowledgementId) {
        if (user.employeeId() == null) {
            throw new AccessDeniedException(user.username() + " has no employee record to acknowledge with");
        }
        return jdbc.sql(MINE + " where k.id = ? and k.employee_id = ?")
                .params(acknowledgementId, user.employeeId())
                .query((rs, n) -> mine(rs))
                .optional()
                .orElseThrow(() -> new ActNotFoundException(acknowledgementId));
    }

    private static void requireFollower(CurrentUser user) {
        if (!user.role().readsRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " may not follow distributions");
        }
    }

    private static final String MINE = """
            select k.id, a.id as act_id, a.title, a.number, a.adopted_on, a.kind, v.number as version, d.due_on, k.status,
                   k.acknowledged_at, (k.status = 'PENDING' and d.due_on < current_date) as overdue
            from acknowledgement k join act_distribution d on d.id = k.distribution_id
            join legal_act a on a.id = d.act_id join act_version v on v.id = d.version_id""";

    private static Mine mine(java.sql.ResultSet rs) throws java.sql.SQLException {
        String requisites = LegalAct.requisites(rs.getString("number"), LegalActs.date(rs.getDate("adopted_on")));
        return new Mine(
                rs.getLong("id"),
                rs.getLong("act_id"),
                rs.getString("title"),
                requisites,
                ActKind.valueOf(rs.getString("kind")),
                rs.getInt("version"),
                rs.getDate("due_on").toLocalDate(),
                rs.getString("status"),
                instant(rs.getTimestamp("acknowledged_at")),
                rs.getBoolean("overdue"));
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
