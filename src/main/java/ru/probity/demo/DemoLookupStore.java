package ru.probity.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;

/**
 * What the demo looks up after the registry is loaded, to tie its records of the other areas to
 * it: ids of organizations, staff, the demo accounts. Reads only what org and accounts publish
 * (docs/architecture.md, "Tables and their owners"); the demo has no tables and writes through the
 * modules' services.
 */
@Component
class DemoLookupStore {

    private final JdbcClient jdbc;

    DemoLookupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A staff member without an account: his id, full name and post. */
    record Person(long id, String name, String post) {}

    /** A relative as the registry knows him: last and first names, birth date. */
    record Relative(String lastName, String firstName, LocalDate birthDate) {}

    /** The employee's names: last, first, middle. */
    record Names(String last, String first, String middle) {}

    Optional<Long> root() {
        return jdbc.sql("select min(id) from organization where parent_id is null")
                .query(Long.class)
                .optional();
    }

    /** The active children of an organization, by name. */
    List<Long> children(long parent) {
        return jdbc.sql("select id from organization where parent_id = ? and active order by name")
                .param(parent)
                .query(Long.class)
                .list();
    }

    Optional<Long> organization(String name) {
        return jdbc.sql("select id from organization where name = ? order by id limit 1")
                .param(name)
                .query(Long.class)
                .optional();
    }

    /** The organization's active staff without accounts of their own, in the order they were generated. */
    List<Person> staffWithoutAccounts(long organizationId) {
        return jdbc.sql("""
                        select e.id, e.last_name || ' ' || e.first_name || coalesce(' ' || e.middle_name, ''), e.post
                        from employee e where e.organization_id = ? and e.active
                          and not exists (select 1 from app_user u where u.employee_id = e.id)
                        order by e.id""")
                .param(organizationId)
                .query((rs, n) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** A municipal district's administration and the administrations of its settlements. */
    record District(long administration, String name, List<Long> settlements) {}

    /** The first municipal district (in the order generated) with settlements, if any. */
    Optional<District> firstDistrict() {
        return jdbc.sql("""
                        select da.id, da.name from organization mr
                        join organization da on da.parent_id = mr.id and da.kind = 'ADMINISTRATION'
                        where mr.kind = 'MUNICIPAL_DISTRICT'
                          and exists (select 1 from organization mo where mo.parent_id = mr.id
                                      and mo.kind in ('URBAN_SETTLEMENT', 'RURAL_SETTLEMENT'))
                        order by mr.id limit 1""")
                .query((rs, n) -> new District(rs.getLong(1), rs.getString(2), List.of()))
                .optional()
                .map(d -> new District(
                        d.administration(),
                        d.name(),
                        jdbc.sql("""
                                        select sa.id from organization da
                                        join organization mo on mo.parent_id = da.parent_id
                                          and mo.kind in ('URBAN_SETTLEMENT', 'RURAL_SETTLEMENT')
                                        join organization sa on sa.parent_id = mo.id and sa.kind = 'ADMINISTRATION'
                                        where da.id = ? order by mo.id""")
                                .param(d.administration())
                                .query(Long.class)
                                .list()));
    }

    /** The demo account {@code username} as an anti-corruption officer signed in. */
    Optional<CurrentUser> officer(String username) {
        return jdbc.sql("select id, username, full_name, organization_id from app_user where username = ?")
                .param(username)
                .query((rs, n) -> new CurrentUser(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        Role.ANTICORRUPTION_OFFICER,
                        rs.getLong(4),
                        null))
                .optional();
    }

    /** The employee record of the demo account {@code username}, if it has one. */
    Optional<Long> employeeOf(String username) {
        return jdbc.sql("select employee_id from app_user where username = ? and employee_id is not null")
                .param(username)
                .query(Long.class)
                .optional();
    }

    Names names(long employeeId) {
        return jdbc.sql("select last_name, first_name, middle_name from employee where id = ?")
                .param(employeeId)
                .query((rs, n) -> new Names(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single();
    }

    /** The employee's first relative of the kind (a child: under 17), if the registry has one. */
    Optional<Relative> relative(long employeeId, String relation) {
        return jdbc.sql("select last_name, first_name, birth_date from relative where employee_id = ? and relation = ?"
                        + (relation.equals("CHILD") ? " and birth_date > current_date - interval '17 years'" : "")
                        + " order by id limit 1")
                .params(employeeId, relation)
                .query((rs, n) -> new Relative(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .optional();
    }
}
