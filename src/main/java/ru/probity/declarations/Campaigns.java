package ru.probity.declarations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.org.Employee;
import ru.probity.org.Organizations;
import ru.probity.org.People;

/**
 * Annual campaigns and event-based obligations to file declarations, and the progress of filing
 * by organization. An officer (or the regional administrator) opens a campaign for his subtree;
 * it obliges every active employee marked as holding a post on the declaration list
 * ({@code employee.declaration_required}) who has no annual obligation for that year yet.
 */
@Service
@Transactional
public class Campaigns {

    static final String OBLIGATION_SELECT = """
            select ob.id, ob.campaign_id, ob.employee_id, ob.organization_id, ob.kind, ob.year, ob.due_on, ob.post,
                   e.last_name || ' ' || e.first_name || coalesce(' ' || e.middle_name, '') as employee_name,
                   o.name as organization, d.first_on, coalesce(d.versions, 0) as versions, d.current_id,
                   (select count(*) from declaration_finding f where f.declaration_id = d.current_id) as findings
            from declaration_obligation ob
            join employee e on e.id = ob.employee_id
            join organization o on o.id = ob.organization_id
            left join lateral (
                select min(submitted_on) as first_on, count(*) as versions,
                       max(id) filter (where is_current) as current_id
                from declaration where obligation_id = ob.id) d on true
            """;

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final People people;
    private final AccessLog accessLog;

    Campaigns(JdbcClient jdbc, Organizations organizations, People people, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.people = people;
        this.accessLog = accessLog;
    }

    public record Campaign(
            long id,
            long organizationId,
            String organization,
            int year,
            LocalDate deadline,
            Instant openedAt,
            String openedBy,
            Instant publishedAt,
            int expected,
            int filed) {}

    /** Filing by organization: counts of obligations in each status. */
    public record Progress(
            long organizationId,
            String organization,
            int expected,
            int received,
            int late,
            int corrected,
            int overdue,
            int waiting) {

        public int filed() {
            return received + late + corrected;
        }
    }

    /** The annual term: 30 April of the year after the reporting year. */
    public static LocalDate annualDeadline(int year) {
        return LocalDate.of(year + 1, 4, 30);
    }

    /** Opens the campaign of the user's subtree for a reporting year; returns its id. */
    public long open(CurrentUser user, int year) {
        requireOfficer(user);
        int current = LocalDate.now().getYear();
        if (year < 2000 || year > current) {
            throw new DeclarationException("declarations.error.year", String.valueOf(current));
        }
        boolean exists = jdbc.sql(
                        "select count(*) > 0 from declaration_campaign where organization_id = ? and year = ?")
                .params(user.organizationId(), year)
                .query(Boolean.class)
                .single();
        if (exists) {
            throw new DeclarationException("declarations.error.campaignExists", String.valueOf(year));
        }
        long id = jdbc.sql("""
                insert into declaration_campaign (organization_id, year, deadline, opened_by)
                values (?, ?, ?, ?) returning id""")
                .params(user.organizationId(), year, annualDeadline(year), user.username())
                .query(Long.class)
                .single();
        jdbc.sql("""
                insert into declaration_obligation (campaign_id, employee_id, organization_id, kind, year, due_on, post, created_by)
                select :campaign, e.id, e.organization_id, 'ANNUAL', :year, :due, e.post, :by
                from employee e join organization o on o.id = e.organization_id
                where o.path like :scope || '%' and e.active and e.declaration_required
                  and not exists (select 1 from declaration_obligation x
                                  where x.employee_id = e.id and x.kind = 'ANNUAL' and x.year = :year)""")
                .param("campaign", id)
                .param("year", year)
                .param("due", annualDeadline(year))
                .param("by", user.username())
                .param("scope", organizations.scopePath(user))
                .update();
        return id;
    }

    /** An obligation on an event (entry, appointment, transfer, reserve, 230-ФЗ deal) for one employee. */
    public long oblige(CurrentUser user, long employeeId, ObligationKind kind, int year, LocalDate dueOn, String note) {
        requireOfficer(user);
        if (kind == null || kind == ObligationKind.ANNUAL) {
            throw new DeclarationException("declarations.error.kind");
        }
        if (dueOn == null) {
            throw new DeclarationException("declarations.error.dueOn");
        }
        if (year < 2000 || year > LocalDate.now().getYear()) {
            throw new DeclarationException(
                    "declarations.error.year", String.valueOf(LocalDate.now().getYear()));
        }
        Employee employee = people.get(user, employeeId);
        if (!employee.active()) {
            throw new DeclarationException("declarations.error.inactive");
        }
        return jdbc.sql("""
                insert into declaration_obligation (employee_id, organization_id, kind, year, due_on, post, note, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        employeeId,
                        employee.organizationId(),
                        kind.name(),
                        year,
                        dueOn,
                        employee.post(),
                        note == null || note.isBlank() ? null : note.strip(),
                        user.username())
                .query(Long.class)
                .single();
    }

    @Transactional(readOnly = true)
    public List<Campaign> campaigns(CurrentUser user) {
        requireViewer(user);
        return jdbc.sql("""
                select c.*, o.name as organization,
                       (select count(*) from declaration_obligation ob where ob.campaign_id = c.id) as expected,
                       (select count(distinct d.obligation_id) from declaration d
                          join declaration_obligation ob on ob.id = d.obligation_id where ob.campaign_id = c.id) as filed
                from declaration_campaign c join organization o on o.id = c.organization_id
                where o.path like ? || '%' order by c.year desc, o.path""")
                .param(organizations.scopePath(user))
                .query(Campaigns::campaign)
                .list();
    }

    @Transactional(readOnly = true)
    public Campaign campaign(CurrentUser user, long id) {
        requireViewer(user);
        Campaign campaign = jdbc.sql("""
                select c.*, o.name as organization,
                       (select count(*) from declaration_obligation ob where ob.campaign_id = c.id) as expected,
                       (select count(distinct d.obligation_id) from declaration d
                          join declaration_obligation ob on ob.id = d.obligation_id where ob.campaign_id = c.id) as filed
                from declaration_campaign c join organization o on o.id = c.organization_id where c.id = ?""")
                .param(id)
                .query(Campaigns::campaign)
                .optional()
                .orElseThrow(() -> new DeclarationNotFound(id));
        if (!organizations.isVisible(user, campaign.organizationId())) {
            throw new AccessDeniedException("Campaign " + id + " is outside the subtree of " + user.username());
        }
        return campaign;
    }

    /** The obligations of a campaign with their status; the names read are logged. */
    @Transactional
    public List<ObligationRow> obligations(CurrentUser user, long campaignId) {
        requireOfficer(user);
        campaign(user, campaignId);
        List<ObligationRow> rows = jdbc.sql(OBLIGATION_SELECT
                        + " where ob.campaign_id = ? and o.path like ? || '%' order by o.path, employee_name")
                .params(campaignId, organizations.scopePath(user))
                .query((rs, n) -> row(rs))
                .list();
        logNames(rows);
        return rows;
    }

    /** Event-based obligations of the user's subtree, newest first. */
    @Transactional
    public List<ObligationRow> eventObligations(CurrentUser user) {
        requireOfficer(user);
        List<ObligationRow> rows = jdbc.sql(OBLIGATION_SELECT
                        + " where ob.campaign_id is null and o.path like ? || '%' order by ob.id desc limit 200")
                .param(organizations.scopePath(user))
                .query((rs, n) -> row(rs))
                .list();
        logNames(rows);
        return rows;
    }

    /** The signed-in employee's own obligations. */
    @Transactional(readOnly = true)
    public List<ObligationRow> mine(CurrentUser user) {
        if (user.employeeId() == null) {
            return List.of();
        }
        return jdbc.sql(OBLIGATION_SELECT + " where ob.employee_id = ? order by ob.year desc, ob.id desc")
                .param(user.employeeId())
                .query((rs, n) -> row(rs))
                .list();
    }

    public void publish(CurrentUser user, long campaignId) {
        requireOfficer(user);
        campaign(user, campaignId);
        jdbc.sql("update declaration_campaign set published_at = now(), published_by = ? where id = ?")
                .params(user.username(), campaignId)
                .update();
    }

    /** Filing by organization of the user's subtree for a reporting year (all kinds of obligations). */
    @Transactional(readOnly = true)
    public List<Progress> progress(CurrentUser user, int year) {
        requireViewer(user);
        return jdbc.sql("""
                select o.id, o.name,
                       count(*) as expected,
                       count(*) filter (where d.versions = 1 and d.first_on <= ob.due_on) as received,
                       count(*) filter (where d.versions = 1 and d.first_on > ob.due_on) as late,
                       count(*) filter (where d.versions > 1) as corrected,
                       count(*) filter (where d.first_on is null and current_date > ob.due_on) as overdue,
                       count(*) filter (where d.first_on is null and current_date <= ob.due_on) as waiting
                from declaration_obligation ob
                join organization o on o.id = ob.organization_id
                left join lateral (select min(submitted_on) as first_on, count(*) as versions
                                   from declaration where obligation_id = ob.id) d on true
                where ob.year = ? and o.path like ? || '%'
                group by o.id, o.name, o.path order by o.path""")
                .params(year, organizations.scopePath(user))
                .query((rs, n) -> new Progress(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8)))
                .list();
    }

    private void logNames(List<ObligationRow> rows) {
        accessLog.recordEach(
                AccessAction.READ,
                "EMPLOYEE",
                rows.stream()
                        .map(r -> new AccessLog.Subject(r.employeeId(), r.organizationId()))
                        .toList(),
                "declaration obligations");
    }

    static ObligationRow row(ResultSet rs) throws SQLException {
        LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
        LocalDate filedOn = rs.getObject("first_on", LocalDate.class);
        int versions = rs.getInt("versions");
        return new ObligationRow(
                rs.getLong("id"),
                (Long) rs.getObject("campaign_id", Long.class),
                rs.getLong("employee_id"),
                rs.getString("employee_name"),
                rs.getLong("organization_id"),
                rs.getString("organization"),
                rs.getString("post"),
                ObligationKind.valueOf(rs.getString("kind")),
                rs.getInt("year"),
                dueOn,
                filedOn,
                versions,
                (Long) rs.getObject("current_id", Long.class),
                ObligationStatus.of(dueOn, filedOn, versions, LocalDate.now()),
                rs.getInt("findings"));
    }

    private static Campaign campaign(ResultSet rs, int n) throws SQLException {
        return new Campaign(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                rs.getString("organization"),
                rs.getInt("year"),
                rs.getObject("deadline", LocalDate.class),
                rs.getTimestamp("opened_at").toInstant(),
                rs.getString("opened_by"),
                rs.getTimestamp("published_at") == null
                        ? null
                        : rs.getTimestamp("published_at").toInstant(),
                rs.getInt("expected"),
                rs.getInt("filed"));
    }

    static void requireOfficer(CurrentUser user) {
        if (!user.role().managesRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " does not run declaration campaigns");
        }
    }

    /** Progress and reports: officers, heads, commission members and auditors of the subtree. */
    static void requireViewer(CurrentUser user) {
        if (!user.role().readsRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " does not see declaration campaigns");
        }
    }
}
