package ru.probity.reports;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.probity.access.Role;

/**
 * What the reports read of the organization tree, the employees and the accounts (read only, the
 * tree through {@code org_subtree}): the organizations a report may be sent to, the officers who
 * may be assigned one, the employees it may name.
 */
@Component
class ReportDirectoryStore {

    private final JdbcClient jdbc;

    ReportDirectoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The name of an active organization; empty if there is none such. */
    Optional<String> activeOrganizationName(long id) {
        return jdbc.sql("select name from organization where id = ? and active")
                .param(id)
                .query(String.class)
                .optional();
    }

    /**
     * The enabled officers and regional administrators of organizations in the subtree of {@code
     * scope} that are the report's organization or one of its ancestors (they see the report) — never
     * the account of the employee the report complains about (59-ФЗ ст.8 ч.6).
     */
    List<Reports.Officer> officers(long scope, long reportOrganization, Long subjectEmployee) {
        return jdbc.sql("""
                select u.id, u.full_name, o.name from app_user u join organization o on o.id = u.organization_id
                where u.role in (:roles) and u.enabled
                  and o.id in (select organization_id from org_subtree where ancestor_id = :scope)
                  and o.id in (select ancestor_id from org_subtree where organization_id = :report)
                  and (cast(:subject as bigint) is null or u.employee_id is distinct from :subject)
                order by o.path, u.full_name""")
                .param("roles", Reports.HANDLERS.stream().map(Role::name).toList())
                .param("scope", scope)
                .param("report", reportOrganization)
                .param("subject", subjectEmployee)
                .query((rs, n) -> new Reports.Officer(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** Whether the employee is active and works in the subtree of {@code organizationId}. */
    boolean activeEmployeeIn(long employeeId, long organizationId) {
        return jdbc.sql("""
                select exists (select 1 from employee e
                               where e.id = :employee and e.active
                                 and e.organization_id in
                                     (select organization_id from org_subtree where ancestor_id = :organization))""")
                .param("employee", employeeId)
                .param("organization", organizationId)
                .query(Boolean.class)
                .single();
    }

    /** The id of the account with this user name. */
    Optional<Long> userId(String username) {
        return jdbc.sql("select id from app_user where username = ?")
                .param(username)
                .query(Long.class)
                .optional();
    }

    /** The employee (person card) an account belongs to; empty for a technical account. */
    Optional<Long> employeeOfUser(long userId) {
        return jdbc.sql("select employee_id from app_user where id = ? and employee_id is not null")
                .param(userId)
                .query(Long.class)
                .optional();
    }

    /** Whether the employee heads the organization (its head, «руководитель»). */
    boolean heads(long employeeId, long organizationId) {
        return jdbc.sql(
                        "select exists (select 1 from employee where id = ? and organization_id = ? and head_of_customer)")
                .params(employeeId, organizationId)
                .query(Boolean.class)
                .single();
    }
}
