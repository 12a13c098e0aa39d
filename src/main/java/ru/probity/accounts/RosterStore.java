package ru.probity.accounts;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the accounts import looks up at once for a whole file: the person cards and organizations the
 * rows name (published by org, read only), with whether each lies in the importer's subtree, and the
 * accounts that hold the rows' logins or belong to their people.
 */
@Repository
class RosterStore {

    private final JdbcClient jdbc;

    RosterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A person card: {@code current} when active and not dismissed, {@code visible} when its
     * organization is in the subtree of the importer's.
     */
    record Card(
            long id,
            long organizationId,
            String organizationName,
            String fullName,
            String snils,
            String email,
            boolean current,
            boolean visible,
            String username) {}

    /** The cards with these ids, СНИЛС or e-mails (lower case), active or not. */
    List<Card> cards(Long[] ids, String[] snilses, String[] emails, long scope) {
        return jdbc.sql("""
                select e.id, e.organization_id, o.name as organization_name,
                       e.last_name || ' ' || e.first_name || coalesce(' ' || e.middle_name, '') as full_name,
                       e.snils, lower(e.email) as email,
                       e.active and (e.dismissed_on is null or e.dismissed_on > current_date) as current,
                       e.organization_id in (select organization_id from org_subtree where ancestor_id = :scope)
                         as visible,
                       u.username
                from employee e join organization o on o.id = e.organization_id
                left join app_user u on u.employee_id = e.id
                where e.id = any(:ids) or e.snils = any(:snilses) or lower(e.email) = any(:emails)
                order by e.id""")
                .param("ids", ids)
                .param("snilses", snilses)
                .param("emails", emails)
                .param("scope", scope)
                .query((rs, n) -> new Card(
                        rs.getLong("id"),
                        rs.getLong("organization_id"),
                        rs.getString("organization_name"),
                        rs.getString("full_name"),
                        rs.getString("snils"),
                        rs.getString("email"),
                        rs.getBoolean("current"),
                        rs.getBoolean("visible"),
                        rs.getString("username")))
                .list();
    }

    /** An organization: {@code usable} when active and in the importer's subtree. */
    record Unit(long id, String name, String inn, boolean usable) {}

    List<Unit> organizations(Long[] ids, String[] inns, long scope) {
        return jdbc.sql("""
                select o.id, o.name, o.inn,
                       o.active and o.id in (select organization_id from org_subtree where ancestor_id = :scope) as usable
                from organization o where o.id = any(:ids) or o.inn = any(:inns) order by o.id""")
                .param("ids", ids)
                .param("inns", inns)
                .param("scope", scope)
                .query((rs, n) ->
                        new Unit(rs.getLong("id"), rs.getString("name"), rs.getString("inn"), rs.getBoolean("usable")))
                .list();
    }

    /** An existing account holding one of the rows' logins. */
    record Holder(String username, Long employeeId, boolean technical, long organizationId) {}

    /** The accounts whose logins are among these (lower case). */
    List<Holder> holders(String[] logins) {
        return jdbc.sql("""
                select username, employee_id, technical, organization_id from app_user
                where lower(username) = any(:logins)""")
                .param("logins", logins)
                .query((rs, n) -> new Holder(
                        rs.getString("username"),
                        rs.getObject("employee_id", Long.class),
                        rs.getBoolean("technical"),
                        rs.getLong("organization_id")))
                .list();
    }

    /** The account's own e-mail (technical accounts: the import's «Email»). */
    void setEmail(long userId, String email) {
        jdbc.sql("update app_user set email = ? where id = ?")
                .params(email, userId)
                .update();
    }
}
