package ru.probity.demo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the demo's contests look up in the loaded registry: the schools with their municipalities,
 * a municipality by name, and the relatives of a juror's card (to plant a visible tie). Reads only
 * what org and accounts publish.
 */
@Component
class DemoContestStore {

    private final JdbcClient jdbc;

    DemoContestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A school of the tree and the municipality it lies in. */
    record School(String name, long municipalityId) {}

    List<School> schools() {
        return jdbc.sql("""
                select o.name, (select a.id from org_subtree s join organization a on a.id = s.ancestor_id
                                where s.organization_id = o.id
                                  and a.kind in ('CITY_DISTRICT', 'MUNICIPAL_DISTRICT', 'MUNICIPAL_OKRUG',
                                                 'URBAN_SETTLEMENT', 'RURAL_SETTLEMENT')
                                order by s.depth desc limit 1) as municipality
                from organization o
                where o.active and o.kind = 'INSTITUTION'
                  and (o.name ilike '%школа%' or o.name ilike '%гимназия%' or o.name ilike '%лицей%')
                order by o.id""").query((rs, n) -> new School(rs.getString(1), rs.getLong(2))).list().stream()
                .filter(s -> s.municipalityId() > 0)
                .toList();
    }

    /** A relative of the employee card, as the registry knows him. */
    record Relative(String lastName, String firstName, String middleName, LocalDate birthDate, String relation) {}

    List<Relative> relatives(long employeeId) {
        return jdbc.sql("""
                select last_name, first_name, middle_name, birth_date, relation from relative
                where employee_id = ? order by id""")
                .param(employeeId)
                .query((rs, n) -> new Relative(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5)))
                .list();
    }
}
