package ru.probity.procurement;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The coverage of the checks ({@code contract}, {@code contract_check}) in the subtree of an
 * organization and a period of signing: totals, by organization, and the contracts not (or no
 * longer) checked with the reason. The contracts of customers outside the tree count for the
 * root's subtree.
 */
@Repository
class CoverageStore {

    private static final String SCOPE = """
            with scope as (select parent_id is null as is_root from organization where id = :me),
            visible as (
              select c.*, o.name as organization_name, k.outcome, k.reason, k.findings as found,
                     (k.contract_id is not null and (k.registers_version < :registers
                       or k.people_version < coalesce(v.version, 0))) as is_stale
              from contract c cross join scope s
              left join organization o on o.id = c.organization_id
              left join contract_check k on k.contract_id = c.id
              left join customer_people_version v on v.inn = c.customer_inn
              where (c.organization_id in (select organization_id from org_subtree where ancestor_id = :me)
                     or (c.organization_id is null and s.is_root))
                and (cast(:from as date) is null or c.sign_date >= :from)
                and (cast(:to as date) is null or c.sign_date <= :to))
            """;

    private final JdbcClient jdbc;

    CoverageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The coverage in the subtree of {@code me}; a check older than {@code registers} is stale. */
    Coverage.Report report(long me, long registers, LocalDate from, LocalDate to) {
        Coverage.Totals totals = jdbc.sql(SCOPE + """
                select count(*) as contracts,
                       count(*) filter (where outcome = 'CHECKED' and not is_stale) as checked,
                       count(*) filter (where outcome = 'NOT_CHECKED') as not_checked,
                       count(*) filter (where is_stale) as stale,
                       count(*) filter (where outcome is null) as unchecked,
                       coalesce(sum(found), 0) as findings
                from visible""")
                .param("me", me)
                .param("registers", registers)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Coverage.Totals(
                        rs.getInt("contracts"),
                        rs.getInt("checked"),
                        rs.getInt("not_checked"),
                        rs.getInt("stale"),
                        rs.getInt("unchecked"),
                        rs.getInt("findings")))
                .single();
        List<Coverage.Row> rows = jdbc.sql(SCOPE + """
                select coalesce(organization_name, customer_name) as organization, organization_id, count(*) as contracts,
                       count(*) filter (where outcome = 'CHECKED' and not is_stale) as checked,
                       coalesce(sum(found), 0) as findings
                from visible group by 1, 2 order by 1""")
                .param("me", me)
                .param("registers", registers)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Coverage.Row(
                        rs.getString("organization"),
                        (Long) rs.getObject("organization_id"),
                        rs.getInt("contracts"),
                        rs.getInt("checked"),
                        rs.getInt("findings")))
                .list();
        List<Coverage.Unchecked> unchecked = jdbc.sql(SCOPE + """
                select id, reg_num, sign_date, coalesce(organization_name, customer_name) as customer,
                       suppliers -> 0 ->> 'name' as supplier,
                       case when outcome = 'NOT_CHECKED' then reason
                            when outcome is null then 'ещё не проверен'
                            else 'проверка устарела: после неё изменились реестры или сведения о сотрудниках заказчика' end as why
                from visible where outcome is distinct from 'CHECKED' or is_stale
                order by sign_date desc nulls last, id limit 500""")
                .param("me", me)
                .param("registers", registers)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Coverage.Unchecked(
                        rs.getLong("id"),
                        rs.getString("reg_num"),
                        rs.getDate("sign_date") == null
                                ? null
                                : rs.getDate("sign_date").toLocalDate(),
                        rs.getString("customer"),
                        rs.getString("supplier"),
                        rs.getString("why")))
                .list();
        return new Coverage.Report(totals, rows, unchecked);
    }
}
