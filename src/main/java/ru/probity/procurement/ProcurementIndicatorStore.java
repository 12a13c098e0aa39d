package ru.probity.procurement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.org.OwnPeople;
import ru.probity.region.Figure;

/**
 * The region's dashboard over {@code contract}, {@code contract_check} and {@code finding}: one
 * statement per figure for all organizations at once, grouped by the ancestor through
 * {@code org_subtree}, with the same conditions as {@link CoverageStore} and {@link FindingStore}.
 */
@Repository
class ProcurementIndicatorStore {

    private final JdbcClient jdbc;

    ProcurementIndicatorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Contracts and those checked and up to date, in each organization's subtree; the contracts of
     * customers outside the tree count for the root (as the coverage counts them).
     */
    List<Figure> coverage(Long[] organizations, long registers) {
        List<Figure> figures = new ArrayList<>();
        jdbc.sql("""
                with scoped as (
                  select s.ancestor_id as root, c.id
                  from contract c join org_subtree s on s.organization_id = c.organization_id
                  where s.ancestor_id = any(:roots)
                  union all
                  select r.id, c.id from contract c join organization r on r.parent_id is null and r.id = any(:roots)
                  where c.organization_id is null)
                select sc.root, count(*) as contracts,
                       count(*) filter (where k.outcome = 'CHECKED'
                         and not (k.registers_version < :registers or k.people_version < coalesce(v.version, 0))) as checked
                from scoped sc join contract c on c.id = sc.id
                left join contract_check k on k.contract_id = c.id
                left join customer_people_version v on v.inn = c.customer_inn
                group by sc.root""")
                .param("roots", organizations)
                .param("registers", registers)
                .query(rs -> {
                    long root = rs.getLong("root");
                    figures.add(new Figure(root, ProcurementIndicators.CONTRACTS, rs.getLong("contracts")));
                    figures.add(new Figure(root, ProcurementIndicators.CHECKED, rs.getLong("checked")));
                });
        return figures;
    }

    /** Findings nobody has decided on, of high or medium confidence, none about the user's own people. */
    List<Figure> openFindings(Long[] organizations, OwnPeople own) {
        return jdbc.sql("""
                select s.ancestor_id, count(*)
                from finding f join contract c on c.id = f.contract_id
                join org_subtree s on s.organization_id = f.organization_id
                where s.ancestor_id = any(:roots)
                  and f.status in ('NEW', 'UNDER_REVIEW') and f.confidence in ('HIGH', 'MEDIUM')
                  and not coalesce(f.official_employee_id = any(cast(:ownEmployees as bigint[])), false)
                  and not (f.person_kind = 'EMPLOYEE' and f.person_id = any(cast(:ownEmployees as bigint[])))
                  and not (f.person_kind = 'RELATIVE' and f.person_id = any(cast(:ownRelatives as bigint[])))
                group by s.ancestor_id""")
                .param("roots", organizations)
                .param("ownEmployees", own.employeeArray())
                .param("ownRelatives", own.relativeArray())
                .query((rs, n) -> new Figure(rs.getLong(1), ProcurementIndicators.FINDINGS_OPEN, rs.getLong(2)))
                .list();
    }

    /**
     * The period figures: per organization's subtree, the contracts signed from {@code from} to
     * {@code to} (customers outside the tree counting for the root, as the coverage counts them),
     * those of them checked and up to date, and the findings of high or medium confidence confirmed
     * in the period (the day of the last confirmation in the region's time), none about the user's
     * own people (as the list of findings shows them). One statement.
     */
    List<Figure> period(
            Long[] organizations, long registers, OwnPeople own, LocalDate from, LocalDate to, String zone) {
        List<Figure> figures = new ArrayList<>();
        jdbc.sql("""
                with scoped as (
                  select s.ancestor_id as root, c.id
                  from contract c join org_subtree s on s.organization_id = c.organization_id
                  where s.ancestor_id = any(:roots) and c.sign_date between :from and :to
                  union all
                  select r.id, c.id from contract c join organization r on r.parent_id is null and r.id = any(:roots)
                  where c.organization_id is null and c.sign_date between :from and :to),
                contracts as (
                  select sc.root, count(*) as contracts,
                         count(*) filter (where k.outcome = 'CHECKED'
                           and not (k.registers_version < :registers or k.people_version < coalesce(v.version, 0))) as checked
                  from scoped sc join contract c on c.id = sc.id
                  left join contract_check k on k.contract_id = c.id
                  left join customer_people_version v on v.inn = c.customer_inn
                  group by sc.root),
                confirmed as (
                  select s.ancestor_id as root, count(*) as confirmed
                  from finding f join org_subtree s on s.organization_id = f.organization_id
                  where s.ancestor_id = any(:roots)
                    and f.status = 'CONFIRMED' and f.confidence in ('HIGH', 'MEDIUM')
                    and (select (max(e.at) at time zone :zone)::date from finding_event e
                         where e.finding_id = f.id and e.kind = 'STATUS' and e.status = 'CONFIRMED') between :from and :to
                    and not coalesce(f.official_employee_id = any(cast(:ownEmployees as bigint[])), false)
                    and not (f.person_kind = 'EMPLOYEE' and f.person_id = any(cast(:ownEmployees as bigint[])))
                    and not (f.person_kind = 'RELATIVE' and f.person_id = any(cast(:ownRelatives as bigint[])))
                  group by s.ancestor_id)
                select coalesce(c.root, f.root) as root, coalesce(c.contracts, 0) as contracts,
                       coalesce(c.checked, 0) as checked, coalesce(f.confirmed, 0) as confirmed
                from contracts c full join confirmed f on f.root = c.root""")
                .param("roots", organizations)
                .param("registers", registers)
                .param("from", from)
                .param("to", to)
                .param("zone", zone)
                .param("ownEmployees", own.employeeArray())
                .param("ownRelatives", own.relativeArray())
                .query(rs -> {
                    long root = rs.getLong("root");
                    figures.add(new Figure(root, ProcurementIndicators.CONTRACTS, rs.getLong("contracts")));
                    figures.add(new Figure(root, ProcurementIndicators.CHECKED, rs.getLong("checked")));
                    figures.add(new Figure(root, ProcurementIndicators.FINDINGS_CONFIRMED, rs.getLong("confirmed")));
                });
        return figures;
    }
}
