package ru.probity.org;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table {@code employee_post_period}: the periods each employee held a post with its
 * procurement roles (44-ФЗ ст.31 ч.1 п.9 judges the officials at the date of the purchase). Every
 * store that writes {@code employee} calls {@link #record} for the cards it wrote, in the same
 * transaction, so that the history follows every change, whatever path made it.
 */
@Repository
class PostPeriodStore {

    /** The card holds a post now: active, not a candidate, no dismissal date. */
    private static final String HOLDS = "(e.active and not e.candidate and e.dismissed_on is null)";

    /** The period differs from the card in the organization, the post or a procurement role. */
    private static final String CHANGED = """
            (p.organization_id, p.post, p.head_of_customer, p.contract_service_head, p.contract_manager,
             p.procurement_commission_member)
            is distinct from (e.organization_id, e.post, e.head_of_customer, e.contract_service_head,
             e.contract_manager, e.procurement_commission_member)""";

    /** The employee's latest period: the open one, else the one that ended last. */
    private static final String LATEST = """
            p.id = (select q.id from employee_post_period q where q.employee_id = e.id
                    order by q.valid_to desc nulls first, q.id desc limit 1)""";

    private static final String NO_OPEN_PERIOD =
            "not exists (select 1 from employee_post_period o where o.employee_id = e.id and o.valid_to is null)";

    private final JdbcClient jdbc;

    PostPeriodStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The periods of an employee, the latest first. */
    List<PostPeriod> of(long employeeId) {
        return jdbc.sql("""
                select p.*, o.name as organization_name from employee_post_period p
                join organization o on o.id = p.organization_id
                where p.employee_id = ? order by p.valid_to desc nulls first, p.valid_from desc nulls last, p.id desc""")
                .param(employeeId)
                .query((rs, n) -> new PostPeriod(
                        rs.getLong("organization_id"),
                        rs.getString("organization_name"),
                        rs.getString("post"),
                        rs.getBoolean("head_of_customer"),
                        rs.getBoolean("contract_service_head"),
                        rs.getBoolean("contract_manager"),
                        rs.getBoolean("procurement_commission_member"),
                        date(rs.getDate("valid_from")),
                        date(rs.getDate("valid_to"))))
                .list();
    }

    /**
     * Brings the history of the given cards in line with the cards as they are now, a change taking
     * effect on {@code on} (set-based, whatever the number of cards):
     *
     * <ul>
     *   <li>a card no longer holding a post (deactivated, dismissed) ends its period on its dismissal
     *       date, else on {@code on}; a later dismissal date moves that end;
     *   <li>a holder whose organization, post or roles changed ends his period the day before {@code
     *       on} and starts a new one on {@code on} (a period started on {@code on} or later is
     *       corrected in place);
     *   <li>a holder without a period starts one: from his appointment date when it is his first
     *       (null when not known), else from {@code on} (a reactivation; a period that ended on the
     *       eve of it or later and matches the card is reopened instead);
     *   <li>the appointment date of a card with a single period is that period's start.
     * </ul>
     */
    static void record(JdbcClient jdbc, Collection<Long> employeeIds, LocalDate on) {
        if (employeeIds.isEmpty()) {
            return;
        }
        Long[] ids = employeeIds.toArray(Long[]::new);
        Date day = Date.valueOf(on);
        // ended: deactivated or dismissed
        jdbc.sql("update employee_post_period p set valid_to = greatest(coalesce(e.dismissed_on, :on), p.valid_from)"
                        + " from employee e where e.id = p.employee_id and e.id = any(:ids) and not " + HOLDS
                        + " and " + LATEST + " and (p.valid_to is null or (e.dismissed_on is not null"
                        + " and p.valid_to <> greatest(e.dismissed_on, p.valid_from)))")
                .param("on", day)
                .param("ids", ids)
                .update();
        // changed the same day the period started (or before its start): corrected in place
        jdbc.sql("update employee_post_period p set organization_id = e.organization_id, post = e.post,"
                        + " head_of_customer = e.head_of_customer, contract_service_head = e.contract_service_head,"
                        + " contract_manager = e.contract_manager,"
                        + " procurement_commission_member = e.procurement_commission_member, recorded_at = now()"
                        + " from employee e where e.id = p.employee_id and e.id = any(:ids) and " + HOLDS
                        + " and p.valid_to is null and p.valid_from >= :on and " + CHANGED)
                .param("on", day)
                .param("ids", ids)
                .update();
        // changed: the period ends the day before
        jdbc.sql("update employee_post_period p set valid_to = cast(:on as date) - 1"
                        + " from employee e where e.id = p.employee_id and e.id = any(:ids) and " + HOLDS
                        + " and p.valid_to is null and (p.valid_from is null or p.valid_from < :on) and " + CHANGED)
                .param("on", day)
                .param("ids", ids)
                .update();
        // back in the same post from the eve of the end or later: the period goes on
        jdbc.sql("update employee_post_period p set valid_to = null from employee e"
                        + " where e.id = p.employee_id and e.id = any(:ids) and " + HOLDS + " and " + NO_OPEN_PERIOD
                        + " and " + LATEST + " and p.valid_to >= cast(:on as date) - 1 and not " + CHANGED)
                .param("on", day)
                .param("ids", ids)
                .update();
        // a new period from :on never overlaps an earlier one
        jdbc.sql("update employee_post_period p set valid_to = cast(:on as date) - 1 from employee e"
                        + " where e.id = p.employee_id and e.id = any(:ids) and " + HOLDS + " and " + NO_OPEN_PERIOD
                        + " and p.valid_to >= :on")
                .param("on", day)
                .param("ids", ids)
                .update();
        jdbc.sql("delete from employee_post_period where employee_id = any(:ids) and valid_to < valid_from")
                .param("ids", ids)
                .update();
        jdbc.sql("""
                insert into employee_post_period (employee_id, organization_id, post, head_of_customer,
                  contract_service_head, contract_manager, procurement_commission_member, valid_from)
                select e.id, e.organization_id, e.post, e.head_of_customer, e.contract_service_head, e.contract_manager,
                  e.procurement_commission_member,
                  case when exists (select 1 from employee_post_period q where q.employee_id = e.id) then :on
                       else e.appointed_on end
                from employee e where e.id = any(:ids) and\s""" + HOLDS + " and " + NO_OPEN_PERIOD)
                .param("on", day)
                .param("ids", ids)
                .update();
        // the appointment date of a card with one period is its start
        jdbc.sql("update employee_post_period p set valid_from = e.appointed_on from employee e"
                        + " where e.id = p.employee_id and e.id = any(:ids) and e.appointed_on is not null"
                        + " and p.valid_from is distinct from e.appointed_on"
                        + " and (p.valid_to is null or p.valid_to >= e.appointed_on)"
                        + " and not exists (select 1 from employee_post_period q where q.employee_id = e.id"
                        + " and q.id <> p.id)")
                .param("ids", ids)
                .update();
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
