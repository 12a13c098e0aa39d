package ru.probity.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.notifications.model.NotificationStatus;
import ru.probity.org.OwnPeople;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notifications ({@code notification}), the numbers of their journals ({@code notification_counter})
 * and their history ({@code notification_history}); the people records they name (read only:
 * {@code employee}).
 */
@Repository
class NotificationStore {

    private static final TypeReference<LinkedHashMap<String, String>> DETAILS = new TypeReference<>() {};

    private static final String CARD = """
            select n.*, o.path as organization_path, o.name as organization_name,
                   coalesce((select u.full_name from app_user u where u.username = n.registered_by), n.registered_by) as registered_by_name,
                   coalesce((select u.full_name from app_user u where u.username = n.concluded_by), n.concluded_by) as concluded_by_name
            from notification n join organization o on o.id = n.organization_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    NotificationStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    private Notification row(ResultSet rs, int n) throws SQLException {
        return new Notification(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                rs.getString("organization_path"),
                rs.getString("organization_name"),
                NotificationKind.valueOf(rs.getString("kind")),
                NotificationStatus.valueOf(rs.getString("status")),
                rs.getString("channel"),
                (Long) rs.getObject("employee_id"),
                rs.getString("person_name"),
                rs.getString("person_post"),
                rs.getString("sender"),
                rs.getString("summary"),
                json.readValue(rs.getString("details"), DETAILS),
                rs.getBoolean("attend_meeting"),
                date(rs.getDate("submitted_on")),
                rs.getString("registration_number"),
                date(rs.getDate("registered_on")),
                rs.getString("registered_by_name"),
                date(rs.getDate("review_by")),
                rs.getString("conclusion"),
                date(rs.getDate("concluded_on")),
                rs.getString("concluded_by_name"),
                date(rs.getDate("sent_to_commission_on")),
                date(rs.getDate("closed_on")),
                rs.getString("outcome"),
                date(rs.getDate("commission_decided_on")),
                rs.getString("commission_decision"),
                rs.getString("created_by"),
                date(rs.getDate("requests_sent_on")),
                date(rs.getDate("review_extended_on")),
                rs.getString("review_extension_reason"),
                rs.getString("gift_handover_act"),
                date(rs.getDate("gift_handover_on")),
                rs.getBigDecimal("gift_valuation"),
                date(rs.getDate("gift_valued_on")),
                date(rs.getDate("gift_buyback_applied_on")),
                rs.getBigDecimal("gift_buyback_sum"));
    }

    private static LocalDate date(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }

    /** The notification; locked until the end of the transaction when it is to change. */
    Optional<Notification> find(long id, boolean forUpdate) {
        return jdbc.sql(CARD + " where n.id = ?" + (forUpdate ? " for update of n" : ""))
                .param(id)
                .query(this::row)
                .optional();
    }

    /** The employee's own notifications, newest first. */
    List<Notification> ofEmployee(long employeeId) {
        return jdbc.sql(CARD + " where n.employee_id = ? order by n.id desc")
                .param(employeeId)
                .query(this::row)
                .list();
    }

    /**
     * The register of the subtree of {@code organizationId}: unregistered first, then newest; in
     * journal order (by number) when asked. A commission member's register holds only what was sent to
     * the commission.
     */
    /**
     * The register of the subtree, without the notifications about the official's own people
     * ({@code own}: 273-ФЗ ст.10–11) — left out in the query, so a limited list is never shorter.
     */
    List<Notification> register(
            long scope, boolean sentOnly, Notifications.Filter filter, boolean journalOrder, OwnPeople own, int limit) {
        return jdbc.sql(CARD + """
                where n.organization_id in (select organization_id from org_subtree where ancestor_id = :scope)
                  and (not :sentOnly or n.status in (:sent, :decided))
                  and (cast(:kind as text) is null or n.kind = :kind)
                  and (cast(:status as text) is null or n.status = :status)
                  and (cast(:organization as bigint) is null or n.organization_id = :organization)
                  and (cast(:year as int) is null
                       or coalesce(n.registration_year, extract(year from n.submitted_on)::int) = :year)
                  and (:q = '' or n.person_name ilike '%' || :q || '%' or n.registration_number ilike '%' || :q || '%')
                  and not coalesce(n.employee_id = any(cast(:ownEmployees as bigint[])), false)
                order by"""
                        + (journalOrder
                                ? " n.registration_seq nulls last, n.id"
                                : " (n.status = :submitted) desc, n.id desc")
                        + " limit :limit")
                .param("scope", scope)
                .param("sentOnly", sentOnly)
                .param("sent", NotificationStatus.SENT_TO_COMMISSION.name())
                .param("decided", NotificationStatus.DECIDED.name())
                .param("submitted", NotificationStatus.SUBMITTED.name())
                .param("kind", filter.kind() == null ? null : filter.kind().name())
                .param(
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .param("organization", filter.organizationId())
                .param("year", filter.year())
                .param("q", filter.query() == null ? "" : filter.query().strip())
                .param("ownEmployees", own.employeeArray())
                .param("limit", limit)
                .query(this::row)
                .list();
    }

    List<Notifications.HistoryEntry> history(long id) {
        return jdbc.sql("""
                        select h.action, h.detail, coalesce(u.full_name, h.actor) as actor, h.at
                        from notification_history h left join app_user u on u.username = h.actor
                        where h.notification_id = ? order by h.id""")
                .param(id)
                .query((rs, n) -> new Notifications.HistoryEntry(
                        rs.getString("action"),
                        rs.getString("detail"),
                        rs.getString("actor"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    void addHistory(long id, String action, String detail, String actor) {
        jdbc.sql("insert into notification_history (notification_id, action, detail, actor) values (?, ?, ?, ?)")
                .params(id, action, detail, actor)
                .update();
    }

    /** An employee as he files: his organization, his full name and post. */
    /** The filing employee: his organization, name, post and category (null: not stated). */
    record Filer(long organizationId, String name, String post, ru.probity.org.EmployeeCategory category) {}

    Optional<Filer> filer(long employeeId) {
        return jdbc.sql("""
                select organization_id, last_name || ' ' || first_name || coalesce(' ' || middle_name, '') as name, post,
                       category
                from employee where id = ?""")
                .param(employeeId)
                .query((rs, n) -> new Filer(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4) == null ? null : ru.probity.org.EmployeeCategory.valueOf(rs.getString(4))))
                .optional();
    }

    /** The one employee of the organization with exactly this name (in any case, ё as е), if any. */
    Optional<Long> employeeNamed(long organizationId, String name) {
        List<Long> ids =
                jdbc.sql("""
                select id from employee where organization_id = ? and search_name = probity_search_text(?)
                order by active desc, id limit 2""").params(organizationId, name).query(Long.class).list();
        return ids.size() == 1 ? Optional.of(ids.getFirst()) : Optional.empty();
    }

    /** A notification as it arrives, before its registration. */
    record Arrival(
            long organizationId,
            NotificationKind kind,
            String channel,
            Long employeeId,
            String personName,
            String personPost,
            String sender,
            String summary,
            Map<String, String> details,
            boolean attendMeeting,
            LocalDate submittedOn) {}

    long insert(Arrival a, String by) {
        return jdbc.sql("""
                insert into notification (organization_id, kind, status, channel, employee_id, person_name, person_post,
                  sender, summary, details, attend_meeting, submitted_on, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?) returning id""")
                .params(
                        a.organizationId(),
                        a.kind().name(),
                        NotificationStatus.SUBMITTED.name(),
                        a.channel(),
                        a.employeeId(),
                        a.personName(),
                        a.personPost(),
                        a.sender(),
                        a.summary(),
                        json.writeValueAsString(a.details()),
                        a.attendMeeting(),
                        a.submittedOn(),
                        by,
                        by)
                .query(Long.class)
                .single();
    }

    /**
     * The next number of the organization's journal of the kind for the year. The counter row's lock
     * serializes concurrent registrations; a rollback returns the number.
     */
    int nextNumber(long organizationId, NotificationKind kind, int year) {
        return jdbc.sql("""
                insert into notification_counter (organization_id, kind, year, last) values (?, ?, ?, 1)
                on conflict (organization_id, kind, year) do update set last = notification_counter.last + 1
                returning last""")
                .params(organizationId, kind.name(), year)
                .query(Integer.class)
                .single();
    }

    /** A registration: its number in the journal and the term of the review. */
    record Registration(
            int year, int seq, String number, LocalDate registeredOn, String registeredBy, LocalDate reviewBy) {}

    void registered(long id, Registration r, String by) {
        jdbc.sql("""
                update notification set status = ?, registration_year = ?, registration_seq = ?,
                  registration_number = ?, registered_on = ?, registered_by = ?, review_by = ?, updated_by = ?,
                  updated_at = now()
                where id = ?""")
                .params(
                        NotificationStatus.REGISTERED.name(),
                        r.year(),
                        r.seq(),
                        r.number(),
                        r.registeredOn(),
                        r.registeredBy(),
                        r.reviewBy(),
                        by,
                        id)
                .update();
    }

    void concluded(long id, String conclusion, String concludedBy, String by) {
        jdbc.sql("""
                update notification set status = ?, conclusion = ?, concluded_on = current_date,
                  concluded_by = ?, updated_by = ?, updated_at = now() where id = ?""")
                .params(NotificationStatus.REVIEWED.name(), conclusion, concludedBy, by, id)
                .update();
    }

    void sentToCommission(long id, String by) {
        jdbc.sql("""
                update notification set status = ?, sent_to_commission_on = current_date,
                  updated_by = ?, updated_at = now() where id = ?""")
                .params(NotificationStatus.SENT_TO_COMMISSION.name(), by, id)
                .update();
    }

    /** Requests sent during the preliminary review: the term becomes the one given (Указ №821). */
    void requestsSent(long id, LocalDate on, LocalDate reviewBy, String by) {
        jdbc.sql("""
                update notification set requests_sent_on = ?, review_by = ?, updated_by = ?, updated_at = now()
                where id = ?""").params(on, reviewBy, by, id).update();
    }

    /** The review's term extended once, with the reason. */
    void reviewExtended(long id, LocalDate on, String reason, LocalDate reviewBy, String by) {
        jdbc.sql("""
                update notification set review_extended_on = ?, review_extension_reason = ?, review_by = ?,
                  updated_by = ?, updated_at = now() where id = ?""").params(on, reason, reviewBy, by, id).update();
    }

    void giftHandedOver(long id, String act, LocalDate on, String by) {
        jdbc.sql("""
                update notification set gift_handover_act = ?, gift_handover_on = ?, updated_by = ?, updated_at = now()
                where id = ?""").params(act, on, by, id).update();
    }

    void giftValued(long id, java.math.BigDecimal sum, LocalDate on, String by) {
        jdbc.sql("""
                update notification set gift_valuation = ?, gift_valued_on = ?, updated_by = ?, updated_at = now()
                where id = ?""").params(sum, on, by, id).update();
    }

    void giftBuyback(long id, LocalDate appliedOn, java.math.BigDecimal sum, String by) {
        jdbc.sql("""
                update notification set gift_buyback_applied_on = ?, gift_buyback_sum = ?, updated_by = ?,
                  updated_at = now() where id = ?""").params(appliedOn, sum, by, id).update();
    }

    void closed(long id, String outcome, String by) {
        jdbc.sql("""
                update notification set status = ?, closed_on = current_date, outcome = ?, updated_by = ?,
                  updated_at = now() where id = ?""").params(NotificationStatus.CLOSED.name(), outcome, by, id).update();
    }

    void decided(long id, LocalDate decidedOn, String decision, String by) {
        jdbc.sql("""
                update notification set status = ?, commission_decided_on = ?, commission_decision = ?,
                  updated_by = ?, updated_at = now() where id = ?""")
                .params(NotificationStatus.DECIDED.name(), decidedOn, decision, by, id)
                .update();
    }

    /** A notification of the past with its whole course so far, as the demo region holds them. */
    long insertPast(NotificationHistory.Past p, NotificationStatus status, Registration r, String by) {
        return jdbc.sql("""
                insert into notification (organization_id, kind, status, channel, employee_id, person_name, person_post,
                  sender, summary, details, submitted_on, registration_year, registration_seq, registration_number,
                  registered_on, registered_by, review_by, conclusion, concluded_on, concluded_by, sent_to_commission_on,
                  closed_on, outcome, commission_decided_on, commission_decision, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                returning id""")
                .params(
                        p.organizationId(),
                        p.kind().name(),
                        status.name(),
                        p.channel(),
                        p.employeeId(),
                        p.personName(),
                        p.personPost(),
                        p.sender(),
                        p.summary(),
                        json.writeValueAsString(p.details()),
                        p.registeredOn(),
                        r.year(),
                        r.seq(),
                        r.number(),
                        r.registeredOn(),
                        r.registeredBy(),
                        r.reviewBy(),
                        p.conclusion(),
                        p.concludedOn(),
                        p.concludedBy(),
                        p.sentToCommissionOn(),
                        p.closedOn(),
                        p.outcome(),
                        p.commissionDecidedOn(),
                        p.commissionDecision(),
                        by,
                        by)
                .query(Long.class)
                .single();
    }
}
