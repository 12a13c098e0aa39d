package ru.probity.procurement;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import ru.probity.procurement.affiliation.ContractChecker;
import ru.probity.procurement.affiliation.Finding;
import ru.probity.procurement.affiliation.RegistryIndex;
import ru.probity.procurement.affiliation.Staff;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.Supplier;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks contracts with the affiliation engine and keeps, for every contract, a check record
 * (when, against which versions of the registers and of the people, with what result) and its
 * findings. A contract is stale when the registers changed since its check (any import: a new
 * extract can change the ownership chains behind any supplier), or the employees or relatives of
 * its customer did (see the migration V2_4); stale contracts are checked again by a scheduled job
 * (one instance of a cluster at a time).
 */
@Service
public class ContractChecks {

    private static final Logger log = LoggerFactory.getLogger(ContractChecks.class);
    private static final TypeReference<List<Supplier>> SUPPLIERS = new TypeReference<>() {};
    private static final long RECHECK_LOCK = 0x50524f43L; // "PROC"

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;
    private final CheckInputs inputs;
    private final FindingStore findings;
    private final TransactionTemplate transaction;
    private final int formerTieYears;

    ContractChecks(
            JdbcClient jdbc,
            JdbcTemplate template,
            JsonMapper json,
            CheckInputs inputs,
            FindingStore findings,
            TransactionTemplate transaction,
            @Value("${probity.procurement.former-tie-years:3}") int formerTieYears) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
        this.inputs = inputs;
        this.findings = findings;
        this.transaction = transaction;
        this.formerTieYears = formerTieYears;
    }

    /** What a run did. */
    public record Run(int contracts, int checked, int notChecked, int findings, Duration took)
            implements java.io.Serializable {}

    /** Checks the given contracts (all when {@code contractIds} is null) in one transaction. */
    @Transactional
    public Run check(List<Long> contractIds) {
        long start = System.nanoTime();
        long registersVersion = inputs.registersVersion();
        long peopleVersion = inputs.peopleVersion();
        CheckInputs.Registries registries = inputs.registries();
        Staff staff = inputs.staff();
        ContractChecker checker = new ContractChecker(inputs.protocols(), formerTieYears);
        List<Stored> contracts = load(contractIds);
        List<Object[]> records = new ArrayList<>(contracts.size());
        List<Long> checkedIds = new ArrayList<>();
        List<FindingStore.Located> located = new ArrayList<>();
        int checked = 0;
        int found = 0;
        for (Stored stored : contracts) {
            // the registers as this customer's checks see them: pending municipal extracts count
            // only within their uploader's subtree
            RegistryIndex registry = registries.forOrganizationPath(stored.organizationPath());
            String reason = whyNotCheckable(stored, registry);
            List<Finding> result = reason == null
                    ? checker.check(
                            stored.contract(),
                            staff.forCustomer(stored.contract().customerInn()),
                            registry)
                    : List.of();
            if (reason == null) {
                checked++;
                found += result.size();
                checkedIds.add(stored.id());
                result.forEach(f -> located.add(new FindingStore.Located(stored.id(), stored.organizationId(), f)));
            }
            records.add(new Object[] {
                stored.id(),
                registersVersion,
                peopleVersion,
                reason == null ? "CHECKED" : "NOT_CHECKED",
                reason,
                result.size()
            });
        }
        findings.store(checkedIds, located);
        template.batchUpdate("""
                insert into contract_check (contract_id, checked_at, registers_version, people_version, outcome, reason, findings)
                values (?, now(), ?, ?, ?, ?, ?)
                on conflict (contract_id) do update set checked_at = now(), registers_version = excluded.registers_version,
                  people_version = excluded.people_version, outcome = excluded.outcome, reason = excluded.reason,
                  findings = excluded.findings""", records);
        Run run = new Run(
                contracts.size(),
                checked,
                contracts.size() - checked,
                found,
                Duration.ofNanos(System.nanoTime() - start));
        log.info(
                "Checked {} contracts ({} not checkable), {} findings in {} ms",
                run.contracts(),
                run.notChecked(),
                found,
                run.took().toMillis());
        return run;
    }

    /**
     * Contracts never checked, or checked before the registers or the people of their customer last
     * changed.
     */
    public List<Long> stale() {
        return jdbc.sql("""
                select c.id from contract c
                left join contract_check k on k.contract_id = c.id
                left join customer_people_version v on v.inn = c.customer_inn
                where k.contract_id is null or k.registers_version < :registers or k.people_version < coalesce(v.version, 0)
                order by c.id""")
                .param("registers", inputs.registersVersion())
                .query(Long.class)
                .list();
    }

    /** Re-checks the stale contracts; with several instances, only the one holding the lock does. */
    @Scheduled(fixedDelayString = "${probity.procurement.recheck-interval:PT5M}", initialDelayString = "PT1M")
    public void recheckStale() {
        transaction.executeWithoutResult(status -> {
            boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(?)")
                    .param(RECHECK_LOCK)
                    .query(Boolean.class)
                    .single();
            if (mine) {
                List<Long> stale = stale();
                if (!stale.isEmpty()) {
                    check(stale);
                }
            }
        });
    }

    /** Why a contract cannot be checked, in Russian for the coverage page; null when it can. */
    static String whyNotCheckable(Stored stored, RegistryIndex registry) {
        Contract c = stored.contract();
        if (stored.organizationId() == null) {
            return "заказчик (ИНН " + c.customerInn()
                    + ") не найден в дереве организаций — нет сведений о его сотрудниках";
        }
        if (c.suppliers().isEmpty()) {
            return "в контракте нет сведений о поставщике";
        }
        for (Supplier s : c.suppliers()) {
            switch (s.kind()) {
                case FOREIGN -> {
                    return "иностранный поставщик — сведений о нём нет в ЕГРЮЛ";
                }
                case LEGAL_ENTITY -> {
                    if (!registry.knowsCompany(s.inn())) {
                        return "нет выписки ЕГРЮЛ поставщика (ИНН " + s.inn() + ") — загрузите её в «Реестры»";
                    }
                }
                case ENTREPRENEUR -> {
                    if (registry.entrepreneur(s.inn()).isEmpty()) {
                        return "нет выписки ЕГРИП поставщика (ИНН " + s.inn() + ") — загрузите её в «Реестры»";
                    }
                }
                case INDIVIDUAL -> {
                    // an individual is compared with the people directly
                }
            }
        }
        return null;
    }

    record Stored(long id, Long organizationId, String organizationPath, Contract contract) {}

    private List<Stored> load(List<Long> ids) {
        return jdbc.sql("""
                select c.*, o.path as organization_path from contract c left join organization o on o.id = c.organization_id
                where (cast(:all as boolean) or c.id = any(:ids)) order by c.id""")
                .param("all", ids == null)
                .param("ids", ids == null ? new Long[0] : ids.toArray(Long[]::new))
                .query((rs, n) -> {
                    long organization = rs.getLong("organization_id");
                    Long organizationId = rs.wasNull() ? null : organization;
                    var signDate = rs.getDate("sign_date");
                    return new Stored(
                            rs.getLong("id"),
                            organizationId,
                            rs.getString("organization_path"),
                            new Contract(
                                    rs.getString("reg_num"),
                                    rs.getString("number"),
                                    signDate == null ? null : signDate.toLocalDate(),
                                    rs.getString("customer_inn"),
                                    rs.getString("customer_kpp"),
                                    rs.getString("customer_name"),
                                    rs.getBigDecimal("price"),
                                    rs.getString("currency"),
                                    rs.getString("subject"),
                                    rs.getString("purchase_number"),
                                    rs.getBoolean("single_supplier"),
                                    json.readValue(rs.getString("suppliers"), SUPPLIERS)));
                })
                .list();
    }
}
