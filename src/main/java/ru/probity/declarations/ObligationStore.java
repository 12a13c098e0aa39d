package ru.probity.declarations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.declarations.checks.FilingRegime;
import ru.probity.org.OwnPeople;
import ru.probity.region.Figure;

/**
 * The obligations to file ({@code declaration_obligation}) as the lists show them — with the
 * declarant's name, the organization, the versions filed and the findings of the current one — and
 * the filing by organization. A subtree is the organization's rows of {@code org_subtree}.
 */
@Repository
class ObligationStore {

    private static final String SELECT = """
            select ob.id, ob.campaign_id, ob.employee_id, ob.organization_id, ob.kind, ob.year, ob.due_on, ob.post,
                   e.category,
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

    private static final String IN_SUBTREE =
            " ob.organization_id in (select organization_id from org_subtree where ancestor_id = :scope)";

    /**
     * An annual obligation the law no longer imposes: its employee's category files on events only
     * for its year (the pairs of {@link FilingRegimeSettings#waived}, bound as :waivedCategories and
     * :waivedYears).
     */
    static final String WAIVED = """
             (ob.kind = 'ANNUAL' and (coalesce(e.category, ''), ob.year) in
                (select * from unnest(cast(:waivedCategories as text[]), cast(:waivedYears as int[]))))""";

    private final JdbcClient jdbc;
    private final FilingRegimeSettings regime;

    ObligationStore(JdbcClient jdbc, FilingRegimeSettings regime) {
        this.jdbc = jdbc;
        this.regime = regime;
    }

    Optional<ObligationRow> find(long id) {
        var annual = regime.regime();
        return jdbc.sql(SELECT + " where ob.id = ?")
                .param(id)
                .query((rs, n) -> row(rs, annual))
                .optional();
    }

    /** Locks the obligation's row, so that its versions are numbered one at a time. */
    void lock(long id) {
        jdbc.sql("select id from declaration_obligation where id = ? for update")
                .param(id)
                .query(Long.class)
                .single();
    }

    /** The obligations of a campaign in the subtree of {@code scope}. */
    List<ObligationRow> ofCampaign(long campaignId, long scope) {
        var annual = regime.regime();
        return jdbc.sql(SELECT + " where ob.campaign_id = :campaign and" + IN_SUBTREE
                        + " order by o.path, employee_name")
                .param("campaign", campaignId)
                .param("scope", scope)
                .query((rs, n) -> row(rs, annual))
                .list();
    }

    /**
     * The event-based obligations of the subtree of {@code scope}, the newest 200, without those of
     * the official's own people ({@code own}: left out in the query, so the 200 are never fewer).
     */
    List<ObligationRow> ofEvents(long scope, OwnPeople own) {
        var annual = regime.regime();
        return jdbc.sql(SELECT + " where ob.campaign_id is null and" + IN_SUBTREE
                        + " and not coalesce(ob.employee_id = any(cast(:ownEmployees as bigint[])), false)"
                        + " order by ob.id desc limit 200")
                .param("scope", scope)
                .param("ownEmployees", own.employeeArray())
                .query((rs, n) -> row(rs, annual))
                .list();
    }

    List<ObligationRow> ofEmployee(long employeeId) {
        var annual = regime.regime();
        return jdbc.sql(SELECT + " where ob.employee_id = ? order by ob.year desc, ob.id desc")
                .param(employeeId)
                .query((rs, n) -> row(rs, annual))
                .list();
    }

    /** How many obligations of the subtree of {@code scope} are past their term with nothing filed, and the earliest term. */
    record Overdue(int count, LocalDate earliest) {}

    Overdue overdue(long scope) {
        return jdbc.sql("""
                        select count(*), min(ob.due_on) from declaration_obligation ob
                        join employee e on e.id = ob.employee_id
                        where""" + IN_SUBTREE + """
                          and ob.due_on < current_date
                          and not exists (select 1 from declaration d where d.obligation_id = ob.id)
                          and not""" + WAIVED)
                .param("scope", scope)
                .param("waivedCategories", waived().categories())
                .param("waivedYears", waived().years())
                .query((rs, n) -> new Overdue(rs.getInt(1), rs.getObject(2, LocalDate.class)))
                .single();
    }

    /** The employee's obligation of a campaign. */
    Optional<Long> idOf(long campaignId, long employeeId) {
        return jdbc.sql("select id from declaration_obligation where campaign_id = ? and employee_id = ?")
                .params(campaignId, employeeId)
                .query(Long.class)
                .optional();
    }

    /**
     * Obliges, for a campaign, every active employee of the subtree of {@code scope} holding a post
     * on the declaration list who has no annual obligation for the year yet; returns how many.
     */
    int insertAnnual(long campaignId, long scope, int year, LocalDate dueOn, String by) {
        String[] eventOnly = regime.regime().eventOnly(year).toArray(String[]::new);
        return jdbc.sql("""
                insert into declaration_obligation (campaign_id, employee_id, organization_id, kind, year, due_on, post, created_by)
                select :campaign, e.id, e.organization_id, :annual, :year, :due, e.post, :by
                from employee e
                where e.organization_id in (select organization_id from org_subtree where ancestor_id = :scope)
                  and e.active and e.declaration_required
                  and not coalesce(e.category = any(cast(:eventOnly as text[])), false)
                  and not exists (select 1 from declaration_obligation x
                                  where x.employee_id = e.id and x.kind = :annual and x.year = :year)""")
                .param("campaign", campaignId)
                .param("annual", ObligationKind.ANNUAL.name())
                .param("year", year)
                .param("due", dueOn)
                .param("by", by)
                .param("scope", scope)
                .param("eventOnly", eventOnly)
                .update();
    }

    /** What the obligations on an event need to know of an employee. */
    /** The registry's card of a declarant: {@code active} an employee, {@code candidate} one applying for a post. */
    record Declarant(
            long organizationId, String post, String category, boolean onList, boolean active, boolean candidate) {}

    Optional<Declarant> declarant(long employeeId) {
        return jdbc.sql("""
                select organization_id, post, category, declaration_required, active, candidate
                from employee where id = ?""")
                .param(employeeId)
                .query((rs, n) -> new Declarant(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBoolean(4),
                        rs.getBoolean(5),
                        rs.getBoolean(6)))
                .optional();
    }

    /** Whether the employee has an obligation of this kind for this year already. */
    boolean hasEvent(long employeeId, ObligationKind kind, int year) {
        return jdbc.sql(
                        "select exists (select 1 from declaration_obligation where employee_id = ? and kind = ? and year = ?)")
                .params(employeeId, kind.name(), year)
                .query(Boolean.class)
                .single();
    }

    /** Removes the employee's obligations with nothing filed (a candidate not appointed); returns how many. */
    int dropUnfiled(long employeeId) {
        return jdbc.sql("""
                delete from declaration_obligation ob
                where ob.employee_id = ? and ob.campaign_id is null
                  and not exists (select 1 from declaration d where d.obligation_id = ob.id)
                  and not exists (select 1 from declaration_reminder r where r.obligation_id = ob.id)""").param(employeeId).update();
    }

    /** An obligation on an event; returns its id. */
    long insertEvent(
            long employeeId,
            long organizationId,
            ObligationKind kind,
            int year,
            LocalDate dueOn,
            String post,
            String note,
            String by) {
        return jdbc.sql("""
                insert into declaration_obligation (employee_id, organization_id, kind, year, due_on, post, note, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(employeeId, organizationId, kind.name(), year, dueOn, post, note, by)
                .query(Long.class)
                .single();
    }

    /** Filing by organization of the subtree of {@code scope} for a reporting year (all kinds). */
    List<Campaigns.Progress> progress(int year, long scope) {
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
                join employee e on e.id = ob.employee_id
                left join lateral (select min(submitted_on) as first_on, count(*) as versions
                                   from declaration where obligation_id = ob.id) d on true
                where ob.year = :year
                  and ob.organization_id in (select organization_id from org_subtree where ancestor_id = :scope)
                  and (d.first_on is not null or not""" + WAIVED + """
                  )
                group by o.id, o.name, o.path order by o.path""")
                .param("year", year)
                .param("scope", scope)
                .param("waivedCategories", waived().categories())
                .param("waivedYears", waived().years())
                .query((rs, n) -> new Campaigns.Progress(
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

    /** The latest reporting year with obligations in the subtree of {@code scope}. */
    Optional<Integer> latestYear(long scope) {
        int year = jdbc.sql("""
                        select coalesce(max(year), 0) from declaration_obligation
                        where organization_id in (select organization_id from org_subtree where ancestor_id = ?)""").param(scope).query(Integer.class).single();
        return year == 0 ? Optional.empty() : Optional.of(year);
    }

    /**
     * The region's dashboard: per organization's subtree, the obligations of a reporting year and
     * those filed (as {@link #progress} counts them).
     */
    List<Figure> indicators(int year, Long[] organizations) {
        List<Figure> figures = new ArrayList<>();
        jdbc.sql("""
                select s.ancestor_id, count(*) as due,
                       count(*) filter (where exists (select 1 from declaration d where d.obligation_id = ob.id)) as filed
                from declaration_obligation ob join org_subtree s on s.organization_id = ob.organization_id
                join employee e on e.id = ob.employee_id
                where ob.year = :year and s.ancestor_id = any(:roots)
                  and (exists (select 1 from declaration d where d.obligation_id = ob.id) or not""" + WAIVED + """
                  )
                group by s.ancestor_id""")
                .param("year", year)
                .param("roots", organizations)
                .param("waivedCategories", waived().categories())
                .param("waivedYears", waived().years())
                .query(rs -> {
                    long root = rs.getLong(1);
                    figures.add(new Figure(root, DeclarationIndicators.DUE, rs.getLong("due")));
                    figures.add(new Figure(root, DeclarationIndicators.FILED, rs.getLong("filed")));
                });
        return figures;
    }

    private FilingRegimeSettings.Waived waived() {
        return regime.waived();
    }

    private static ObligationRow row(ResultSet rs, FilingRegime regime) throws SQLException {
        LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
        LocalDate filedOn = rs.getObject("first_on", LocalDate.class);
        int versions = rs.getInt("versions");
        return new ObligationRow(
                rs.getLong("id"),
                rs.getObject("campaign_id", Long.class),
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
                rs.getObject("current_id", Long.class),
                filedOn == null
                                && ObligationKind.valueOf(rs.getString("kind")) == ObligationKind.ANNUAL
                                && !regime.filesAnnually(rs.getString("category"), rs.getInt("year"))
                        ? ObligationStatus.NOT_REQUIRED
                        : ObligationStatus.of(dueOn, filedOn, versions, LocalDate.now()),
                rs.getInt("findings"));
    }
}
