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
import ru.probity.procurement.affiliation.StaffPerson;
import ru.probity.procurement.model.PersonName;

/**
 * The people the checks compare suppliers with, read from the organization tree ({@code
 * employee}, {@code relative}, {@code organization}), and the versions of the people of each
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

    /**
     * Active employees ({@code E}id) and their relatives ({@code R}id) as the engine's staff; an
     * employee's organization INN is that of his organization or its nearest ancestor with an INN
     * (departments without their own).
     */
    List<StaffPerson> people() {
        Map<Long, String> innOf = new HashMap<>();
        jdbc.sql("""
                select distinct on (s.organization_id) s.organization_id as id, a.inn from org_subtree s
                join organization a on a.id = s.ancestor_id and a.inn is not null
                order by s.organization_id, s.depth desc""")
                .query((rs, n) -> innOf.put(rs.getLong("id"), rs.getString("inn")))
                .list();
        List<StaffPerson> people = new ArrayList<>();
        jdbc.sql("select * from employee where active")
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
                select r.*, e.organization_id from relative r join employee e on e.id = r.employee_id where e.active""")
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
        return people;
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
