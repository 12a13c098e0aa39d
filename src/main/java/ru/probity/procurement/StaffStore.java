package ru.probity.procurement;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.org.RelationKind;
import ru.probity.procurement.affiliation.ProcurementRole;
import ru.probity.procurement.affiliation.StaffPeriod;
import ru.probity.procurement.affiliation.StaffPerson;
import ru.probity.procurement.model.PersonName;

/**
 * The people the checks compare suppliers with, read from the organization tree ({@code
 * employee}, {@code employee_post_period}, {@code relative}, {@code organization}), and the versions of the people of each
 * customer ({@code customer_people_version}, {@code people_version_seq}) that make checks stale.
 */
@Repository
class StaffStore {

    private final JdbcClient jdbc;

    StaffStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The current people version: every change of employees or relatives takes a new one for the
     * customers it concerns (customer_people_version); a check is up to date with those before it.
     */
    long peopleVersion() {
        return jdbc.sql("select last_value from people_version_seq")
                .query(Long.class)
                .single();
    }

    /** A key that changes with every committed change of people or of the organization tree. */
    String staffKey() {
        return jdbc.sql("select count(*) || ':' || coalesce(sum(version), 0) from customer_people_version")
                .query(String.class)
                .single();
    }

    /** The staff with the periods of posts: what the checks compare suppliers with. */
    record Dated(List<StaffPerson> people, List<StaffPeriod> periods) {}

    /**
     * The employees who ever held a post ({@code E}id; a period in {@code employee_post_period},
     * dismissed and transferred ones included) and their relatives ({@code R}id) as the engine's
     * staff, with the periods (44-ФЗ ст.31 ч.1 п.9: the officials at the date of the purchase); a
     * period's customer INN is that of its organization or its nearest ancestor with an INN
     * (departments without their own), as is the employee's. An active card without any period
     * (written outside org's stores, e.g. by SQL) counts as the backfill counted the cards: from
     * its appointment date, or since ever, to its dismissal date.
     */
    Dated people() {
        Map<Long, String> innOf = new HashMap<>();
        jdbc.sql("""
                select distinct on (s.organization_id) s.organization_id as id, a.inn from org_subtree s
                join organization a on a.id = s.ancestor_id and a.inn is not null
                order by s.organization_id, s.depth desc""")
                .query((rs, n) -> innOf.put(rs.getLong("id"), rs.getString("inn")))
                .list();
        List<StaffPeriod> periods = jdbc.sql("""
                select employee_id, organization_id, post, head_of_customer, contract_service_head, contract_manager,
                  procurement_commission_member, valid_from, valid_to
                from employee_post_period
                union all
                select e.id, e.organization_id, e.post, e.head_of_customer, e.contract_service_head, e.contract_manager,
                  e.procurement_commission_member, e.appointed_on, e.dismissed_on
                from employee e
                where e.active and not exists (select 1 from employee_post_period p where p.employee_id = e.id)""")
                .query((rs, n) -> new StaffPeriod(
                        "E" + rs.getLong("employee_id"),
                        innOf.get(rs.getLong("organization_id")),
                        rs.getString("post"),
                        ProcurementRole.of(
                                rs.getBoolean("head_of_customer"),
                                rs.getBoolean("contract_service_head"),
                                rs.getBoolean("contract_manager"),
                                rs.getBoolean("procurement_commission_member")),
                        date(rs.getDate("valid_from")),
                        date(rs.getDate("valid_to"))))
                .list();
        List<StaffPerson> people = new ArrayList<>();
        jdbc.sql("""
                select * from employee e
                where e.active or exists (select 1 from employee_post_period p where p.employee_id = e.id)""")
                .query((rs, n) -> new StaffPerson(
                        "E" + rs.getLong("id"),
                        new PersonName(
                                rs.getString("last_name"), rs.getString("first_name"), rs.getString("middle_name")),
                        date(rs.getDate("birth_date")),
                        rs.getString("inn"),
                        rs.getString("snils"),
                        rs.getString("phone"),
                        rs.getString("email"),
                        rs.getString("address"),
                        innOf.get(rs.getLong("organization_id")),
                        rs.getString("post"),
                        ProcurementRole.of(
                                rs.getBoolean("head_of_customer"),
                                rs.getBoolean("contract_service_head"),
                                rs.getBoolean("contract_manager"),
                                rs.getBoolean("procurement_commission_member")),
                        null,
                        null))
                .list()
                .forEach(people::add);
        jdbc.sql("""
                select r.*, e.organization_id from relative r join employee e on e.id = r.employee_id
                where e.active or exists (select 1 from employee_post_period p where p.employee_id = e.id)""")
                .query((rs, n) -> new StaffPerson(
                        "R" + rs.getLong("id"),
                        new PersonName(
                                rs.getString("last_name"), rs.getString("first_name"), rs.getString("middle_name")),
                        date(rs.getDate("birth_date")),
                        rs.getString("inn"),
                        rs.getString("snils"),
                        rs.getString("phone"),
                        null,
                        rs.getString("address"),
                        innOf.get(rs.getLong("organization_id")),
                        null,
                        ProcurementRole.EMPLOYEE,
                        "E" + rs.getLong("employee_id"),
                        RelationKind.valueOf(rs.getString("relation"))))
                .list()
                .forEach(people::add);
        return new Dated(people, periods);
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
