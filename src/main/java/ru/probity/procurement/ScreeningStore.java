package ru.probity.procurement;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.org.EmployeeCategory;
import ru.probity.procurement.screening.Tie;

/**
 * The screening of employees against the registers ({@code screening_finding}): one set-based
 * statement over a subtree's active employees and the current extracts (docs/screening.md), the
 * list and the officer's decisions. Reads org's {@code employee}, {@code organization} and {@code
 * org_subtree} and procurement's registers.
 */
@Repository
class ScreeningStore {

    private final JdbcClient jdbc;

    ScreeningStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a run did: ties found for the first time, ties still there, NEW ones gone from the registers. */
    record RunCounts(int added, int seen, int gone) {}

    /**
     * Screens every active employee with an INN in the subtree of {@code scope} against the current,
     * not terminated extracts: entrepreneurs by INN, companies by the INNs of their directors, board
     * members, other managers and founders whose tie has not ended. New ties are added as NEW; ties
     * found again are refreshed (a GONE one is NEW again); NEW ties of the subtree not found are GONE.
     */
    RunCounts run(long scope) {
        List<int[]> upserted = jdbc.sql("""
                with staff as (
                    select e.id, e.organization_id, e.category, e.inn
                      from employee e
                     where e.active and e.inn is not null
                       and e.organization_id in (select organization_id from org_subtree where ancestor_id = :scope)
                ), hits as (
                    select s.id as employee_id, s.organization_id, s.category, 'ENTREPRENEUR' as tie,
                           r.inn as register_inn, r.ogrnip as register_ogrn,
                           r.last_name || ' ' || r.first_name || coalesce(' ' || r.middle_name, '') as register_name,
                           cast(null as text) as post, cast(null as numeric) as share_percent,
                           r.registered_on as since, r.extract_date
                      from staff s
                      join register_entrepreneur r on r.inn = s.inn and r.is_current and r.terminated_on is null
                    union all
                    select s.id, s.organization_id, s.category, p ->> 'role',
                           c.inn, c.ogrn, coalesce(c.short_name, c.full_name),
                           p ->> 'post',
                           case when jsonb_typeof(p -> 'sharePercent') = 'number' then cast(p ->> 'sharePercent' as numeric) end,
                           case when jsonb_typeof(p -> 'since') = 'string' then cast(p ->> 'since' as date) end,
                           c.extract_date
                      from staff s
                      join register_company c
                        on c.is_current and c.terminated_on is null and c.person_inns @> array[cast(s.inn as text)]
                      cross join lateral jsonb_array_elements(c.people) p
                     where p ->> 'inn' = s.inn and jsonb_typeof(p -> 'until') is distinct from 'string'
                       and p ->> 'role' in ('DIRECTOR', 'BOARD_MEMBER', 'OTHER_MANAGER', 'FOUNDER')
                )
                insert into screening_finding as f (employee_id, organization_id, category, tie, register_inn,
                        register_ogrn, register_name, post, share_percent, since, extract_date)
                select distinct on (employee_id, tie, register_inn) employee_id, organization_id, category, tie,
                       register_inn, register_ogrn, register_name, post, share_percent, since, extract_date
                  from hits
                 order by employee_id, tie, register_inn, since nulls last
                on conflict (employee_id, tie, register_inn) do update
                   set organization_id = excluded.organization_id, category = excluded.category,
                       register_ogrn = excluded.register_ogrn, register_name = excluded.register_name,
                       post = excluded.post, share_percent = excluded.share_percent, since = excluded.since,
                       extract_date = excluded.extract_date, seen_at = now(),
                       status = case when f.status = 'GONE' then 'NEW' else f.status end
                returning case when f.found_at = now() then 1 else 0 end""")
                .param("scope", scope)
                .query((rs, n) -> new int[] {rs.getInt(1)})
                .list();
        int added = (int) upserted.stream().filter(a -> a[0] == 1).count();
        int gone = jdbc.sql("""
                update screening_finding set status = 'GONE'
                 where status = 'NEW' and seen_at < now()
                   and organization_id in (select organization_id from org_subtree where ancestor_id = :scope)""").param("scope", scope).update();
        return new RunCounts(added, upserted.size() - added, gone);
    }

    /**
     * The findings of the subtree of {@code scope} with the given statuses (all when empty), leaving
     * out the reader's own people ({@code ownEmployees}), by organization and name.
     */
    /** The new records of the subtree, the given employees' left out. */
    int countNew(long scope, Long[] ownEmployees) {
        return jdbc.sql("""
                select count(*) from screening_finding f
                 where f.organization_id in (select organization_id from org_subtree where ancestor_id = :scope)
                   and f.status = 'NEW' and not f.employee_id = any(cast(:own as bigint[]))""")
                .param("scope", scope)
                .param("own", ownEmployees)
                .query(Integer.class)
                .single();
    }

    List<Screening.Row> list(long scope, List<String> statuses, Long[] ownEmployees, int limit) {
        return jdbc.sql("""
                select f.id, f.employee_id,
                       e.last_name || ' ' || e.first_name || coalesce(' ' || e.middle_name, ''), e.birth_date, e.inn,
                       e.post, f.organization_id, o.name, f.category, f.tie, f.register_inn, f.register_ogrn,
                       f.register_name, f.post, f.share_percent, f.since, f.extract_date, f.status, f.found_at,
                       f.decided_by, f.decided_at, f.note
                  from screening_finding f
                  join employee e on e.id = f.employee_id
                  join organization o on o.id = f.organization_id
                 where f.organization_id in (select organization_id from org_subtree where ancestor_id = :scope)
                   and (cardinality(cast(:statuses as text[])) = 0 or f.status = any(cast(:statuses as text[])))
                   and not f.employee_id = any(cast(:own as bigint[]))
                 order by o.name, e.last_name, e.first_name, f.id
                 limit :limit""")
                .param("scope", scope)
                .param("statuses", statuses.toArray(String[]::new))
                .param("own", ownEmployees)
                .param("limit", limit)
                .query((rs, n) -> new Screening.Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getLong(7),
                        rs.getString(8),
                        rs.getString(9) == null ? null : EmployeeCategory.valueOf(rs.getString(9)),
                        Tie.valueOf(rs.getString(10)),
                        rs.getString(11),
                        rs.getString(12),
                        rs.getString(13),
                        rs.getString(14),
                        rs.getBigDecimal(15),
                        rs.getObject(16, LocalDate.class),
                        rs.getObject(17, LocalDate.class),
                        rs.getString(18),
                        rs.getTimestamp(19).toInstant(),
                        rs.getString(20),
                        rs.getTimestamp(21) == null ? null : rs.getTimestamp(21).toInstant(),
                        rs.getString(22)))
                .list();
    }

    /** The finding's employee and organization, if it exists. */
    java.util.Optional<long[]> owner(long id) {
        return jdbc.sql("select employee_id, organization_id from screening_finding where id = ?")
                .param(id)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .optional();
    }

    void decide(long id, String status, String note, String actor) {
        jdbc.sql("""
                update screening_finding set status = ?, note = ?, decided_by = ?, decided_at = now()
                 where id = ?""").params(status, note, actor, id).update();
    }
}
