package ru.probity.acts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.acts.model.AcknowledgementStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tables {@code act_distribution} and {@code acknowledgement}: who was asked to acknowledge
 * which version by when, and who did, how and when. The audience is found among the active
 * employees of an organization's subtree ({@code org_subtree}).
 */
@Repository
class DistributionStore {

    private static final String SUBTREE_OF_ME =
            " (select s.organization_id from org_subtree s where s.ancestor_id = :me) ";

    private static final String MINE = """
            select k.id, a.id as act_id, a.title, a.number, a.adopted_on, a.kind, v.number as version, d.due_on, k.status,
                   k.acknowledged_at, (k.status = 'PENDING' and d.due_on < current_date) as overdue
            from acknowledgement k join act_distribution d on d.id = k.distribution_id
            join legal_act a on a.id = d.act_id join act_version v on v.id = d.version_id""";

    private static final String SUMMARY = """
            select d.id, d.act_id, a.title, v.number, o.name, d.due_on, d.created_at, coalesce((select u.full_name from app_user u where u.username = d.created_by), d.created_by) as created_by,
                   count(k.id) as recipients,
                   count(k.id) filter (where k.status = 'ACKNOWLEDGED') as acknowledged,
                   count(k.id) filter (where k.status = 'PENDING' and d.due_on < current_date) as overdue
            from act_distribution d join legal_act a on a.id = d.act_id join act_version v on v.id = d.version_id
            join organization o on o.id = d.organization_id
            left join acknowledgement k on k.distribution_id = d.id""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DistributionStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * The active employees of the organization's subtree with this full name (as searched: lower
     * case, е for ё) or this employee code.
     */
    List<Long> named(long organizationId, String name) {
        return jdbc.sql("""
                select e.id from employee e
                where e.active
                  and e.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = :organization)
                  and (e.search_name = probity_search_text(:name) or cast(e.id as text) = :name)""")
                .param("organization", organizationId)
                .param("name", name)
                .query(Long.class)
                .list();
    }

    /** A distribution of an earlier version, not yet repeated. */
    record Previous(long id, Distributions.Audience audience, LocalDate dueOn, LocalDate createdOn) {}

    /** The distributions of other versions of the act that no later one repeats. */
    List<Previous> previous(long actId, long versionId) {
        return jdbc.sql("""
                select d.id, d.audience, d.due_on, d.created_at::date as created_on from act_distribution d
                where d.act_id = ? and d.version_id <> ?
                  and not exists (select 1 from act_distribution n where n.repeats_id = d.id)""")
                .params(actId, versionId)
                .query((rs, n) -> new Previous(
                        rs.getLong("id"),
                        json.readValue(rs.getString("audience"), Distributions.Audience.class),
                        rs.getDate("due_on").toLocalDate(),
                        rs.getDate("created_on").toLocalDate()))
                .list();
    }

    /**
     * Inserts the distribution and one pending acknowledgement per active employee of the
     * audience; empty (and nothing kept) when the audience has nobody.
     */
    Optional<Long> insert(
            String actor, long actId, long versionId, Distributions.Audience audience, LocalDate dueOn, Long repeats) {
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
                insert into acknowledgement (distribution_id, employee_id, status)
                select :distribution, e.id, :status from employee e
                where e.active
                  and e.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = :organization)
                  and (cardinality(cast(:posts as text[])) = 0 or e.post ilike any(cast(:posts as text[])))
                  and (cast(:days as int) is null or e.appointed_on >= current_date - cast(:days as int))
                  and (cardinality(cast(:named as bigint[])) = 0 or e.id = any(cast(:named as bigint[])))""")
                .param("distribution", id)
                .param("status", AcknowledgementStatus.PENDING.name())
                .param("organization", audience.organizationId())
                .param(
                        "posts",
                        audience.posts().stream().map(p -> "%" + p + "%").toArray(String[]::new))
                .param("days", audience.appointedWithinDays())
                .param("named", audience.employeeIds().toArray(Long[]::new))
                .update();
        if (recipients == 0) {
            jdbc.sql("delete from act_distribution where id = ?").param(id).update();
            return Optional.empty();
        }
        return Optional.of(id);
    }

    /** The newest version of a mandatory act and the newcomers of its subtree not yet asked for it. */
    record Newcomers(long actId, long versionId, long organizationId, int termDays, List<Long> employees) {}

    /**
     * For every act in force in a mandatory package: the active employees of its subtree hired or
     * appointed since it became mandatory and never asked to acknowledge it.
     */
    List<Newcomers> newcomers() {
        return jdbc.sql("""
                select a.id, v.id as version_id, a.organization_id, a.newcomer_term_days, array_agg(e.id order by e.id) as employees
                from legal_act a
                join lateral (select id from act_version where act_id = a.id order by number desc limit 1) v on true
                join org_subtree s on s.ancestor_id = a.organization_id
                join employee e on e.organization_id = s.organization_id and e.active
                where a.mandatory_since is not null and a.status = ?
                  and coalesce(e.appointed_on, e.created_at::date) >= a.mandatory_since
                  and not exists (select 1 from acknowledgement k join act_distribution d on d.id = k.distribution_id
                                  where d.act_id = a.id and k.employee_id = e.id)
                group by a.id, v.id""")
                .param(ActStatus.IN_FORCE.name())
                .query((rs, n) -> new Newcomers(
                        rs.getLong("id"),
                        rs.getLong("version_id"),
                        rs.getLong("organization_id"),
                        rs.getInt("newcomer_term_days"),
                        Arrays.asList((Long[]) rs.getArray("employees").getArray())))
                .list();
    }

    /** The distributions of the act made to organizations of the subtree of {@code me}, newest first. */
    List<Distributions.Summary> ofAct(long actId, long me) {
        return jdbc.sql(SUMMARY + " where d.act_id = :act and d.organization_id in" + SUBTREE_OF_ME + """
                group by d.id, a.title, v.number, o.name order by d.created_at desc""")
                .param("act", actId)
                .param("me", me)
                .query((rs, n) -> summary(rs))
                .list();
    }

    /** The distribution, if it was made to an organization of the subtree of {@code me}. */
    Optional<Distributions.Summary> summary(long distributionId, long me) {
        return jdbc.sql(SUMMARY + " where d.id = :id and d.organization_id in" + SUBTREE_OF_ME + """
                group by d.id, a.title, v.number, o.name""")
                .param("id", distributionId)
                .param("me", me)
                .query((rs, n) -> summary(rs))
                .optional();
    }

    /** Everyone of a distribution with his acknowledgement, in tree order and by name. */
    List<Distributions.Row> rows(long distributionId) {
        return jdbc.sql("""
                select k.id, e.id as employee_id,
                       e.last_name || ' ' || e.first_name || coalesce(' ' || e.middle_name, '') as name, e.post,
                       o.name as organization, k.status, k.acknowledged_at, k.method, coalesce((select u.full_name from app_user u where u.username = k.acknowledged_by), k.acknowledged_by) as acknowledged_by, k.quiz_score,
                       (k.status = 'PENDING' and d.due_on < current_date) as overdue,
                       k.esign_act_number, k.esign_act_adopted_on, k.esign_act_title, k.esign_agreed_on
                from acknowledgement k join act_distribution d on d.id = k.distribution_id
                join employee e on e.id = k.employee_id join organization o on o.id = e.organization_id
                where k.distribution_id = ? order by o.path, e.last_name, e.first_name""")
                .param(distributionId)
                .query((rs, n) -> new Distributions.Row(
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
                        rs.getBoolean("overdue"),
                        rs.getString("esign_act_number") == null
                                ? null
                                : new Distributions.Signature(
                                        rs.getString("esign_act_number"),
                                        LegalActStore.date(rs.getDate("esign_act_adopted_on")),
                                        rs.getString("esign_act_title"),
                                        LegalActStore.date(rs.getDate("esign_agreed_on")))))
                .list();
    }

    /** The employee's acknowledgements: pending first (soonest due), then done. */
    List<Distributions.Mine> mine(long employeeId) {
        return jdbc.sql(MINE + " where k.employee_id = ? order by k.status desc, d.due_on, k.id desc")
                .param(employeeId)
                .query((rs, n) -> mine(rs))
                .list();
    }

    /** The acknowledgement, if it is the employee's. */
    Optional<Distributions.Mine> own(long acknowledgementId, long employeeId) {
        return jdbc.sql(MINE + " where k.id = ? and k.employee_id = ?")
                .params(acknowledgementId, employeeId)
                .query((rs, n) -> mine(rs))
                .optional();
    }

    int pending(long employeeId) {
        return jdbc.sql("select count(*) from acknowledgement where employee_id = ? and status = ?")
                .params(employeeId, AcknowledgementStatus.PENDING.name())
                .query(Integer.class)
                .single();
    }

    /** Records the first opening of the acknowledgement. */
    void opened(long acknowledgementId) {
        jdbc.sql("update acknowledgement set opened_at = now() where id = ? and opened_at is null")
                .param(acknowledgementId)
                .update();
    }

    /** The version the acknowledgement is for. */
    long versionOf(long acknowledgementId) {
        return jdbc.sql("select d.version_id from acknowledgement k join act_distribution d on d.id = k.distribution_id"
                        + " where k.id = ?")
                .param(acknowledgementId)
                .query(Long.class)
                .single();
    }

    Optional<Long> distributionOf(long acknowledgementId) {
        return jdbc.sql("select distribution_id from acknowledgement where id = ?")
                .param(acknowledgementId)
                .query(Long.class)
                .optional();
    }

    /**
     * Signed online by its employee, with the hash of the file he read and what the simple
     * electronic signature rests on; unless it is no longer pending.
     */
    void signOnline(
            long acknowledgementId, String actor, String sha256, Integer quizScore, Distributions.Signature basis) {
        jdbc.sql("""
                update acknowledgement set status = :to, acknowledged_at = now(), acknowledged_by = :by,
                  method = 'ONLINE', content_sha256 = :sha, quiz_score = :score,
                  esign_act_number = :number, esign_act_adopted_on = :adopted, esign_act_title = :title,
                  esign_agreed_on = :agreed
                where id = :id and status = :from""")
                .param("number", basis.actNumber())
                .param("adopted", basis.actAdoptedOn())
                .param("title", basis.actTitle())
                .param("agreed", basis.agreedOn())
                .param("to", AcknowledgementStatus.ACKNOWLEDGED.name())
                .param("from", AcknowledgementStatus.PENDING.name())
                .param("by", actor)
                .param("sha", sha256)
                .param("score", quizScore)
                .param("id", acknowledgementId)
                .update();
    }

    /** The demo's past: the distribution sent on that day. */
    void sentOn(long distributionId, LocalDate day) {
        jdbc.sql("update act_distribution set created_at = cast(:day as date) + time '10:00' where id = :id")
                .param("day", day)
                .param("id", distributionId)
                .update();
    }

    /**
     * The demo's past: a share of the pending audience signed on paper, each on a day between the
     * sending and {@code lastDay} (spread by the acknowledgement's id).
     */
    int signedOnPaper(long distributionId, int percent, LocalDate lastDay, String actor) {
        return jdbc.sql("""
                update acknowledgement k set status = :to, method = 'PAPER', acknowledged_by = :by,
                  acknowledged_at = cast(d.created_at as date)
                      + (k.id % greatest(1, cast(:last as date) - cast(d.created_at as date) + 1))::int
                      + time '11:00',
                  content_sha256 = v.sha256
                from act_distribution d join act_version v on v.id = d.version_id
                where d.id = k.distribution_id and k.distribution_id = :id and k.status = :from
                  and (k.id * 37) % 100 < :percent""")
                .param("to", AcknowledgementStatus.ACKNOWLEDGED.name())
                .param("from", AcknowledgementStatus.PENDING.name())
                .param("by", actor)
                .param("last", lastDay)
                .param("id", distributionId)
                .param("percent", percent)
                .update();
    }

    /** Signed on paper on that day, recorded by an officer; unless it is no longer pending. */
    void signOnPaper(long acknowledgementId, LocalDate signedOn, String actor) {
        jdbc.sql("""
                update acknowledgement k set status = :to, acknowledged_at = cast(:on as date), acknowledged_by = :by,
                  method = 'PAPER', content_sha256 = (select v.sha256 from act_distribution d join act_version v on v.id = d.version_id
                                                     where d.id = k.distribution_id)
                where k.id = :id and k.status = :from""")
                .param("to", AcknowledgementStatus.ACKNOWLEDGED.name())
                .param("from", AcknowledgementStatus.PENDING.name())
                .param("on", signedOn)
                .param("by", actor)
                .param("id", acknowledgementId)
                .update();
    }

    private static Distributions.Summary summary(ResultSet rs) throws SQLException {
        return new Distributions.Summary(
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
                rs.getInt("overdue"));
    }

    private static Distributions.Mine mine(ResultSet rs) throws SQLException {
        String requisites = LegalAct.requisites(rs.getString("number"), LegalActStore.date(rs.getDate("adopted_on")));
        return new Distributions.Mine(
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

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
