package ru.probity.procurement;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import ru.probity.procurement.ContractStore.Stored;
import ru.probity.procurement.affiliation.Conflict;
import ru.probity.procurement.affiliation.ContractChecker;
import ru.probity.procurement.affiliation.Finding;
import ru.probity.procurement.affiliation.PurchaseDates;
import ru.probity.procurement.affiliation.RegistryIndex;
import ru.probity.procurement.affiliation.Staff;
import ru.probity.procurement.model.CheckOutcome;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.Protocol;
import ru.probity.procurement.model.Supplier;

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
    private final ContractStore contracts;
    private final CheckStore store;
    private final CheckInputs inputs;
    private final FindingStore findings;
    private final TransactionTemplate transaction;
    private final int formerTieYears;

    ContractChecks(
            ContractStore contracts,
            CheckStore store,
            CheckInputs inputs,
            FindingStore findings,
            TransactionTemplate transaction,
            ProcurementSettings settings) {
        this.contracts = contracts;
        this.store = store;
        this.inputs = inputs;
        this.findings = findings;
        this.transaction = transaction;
        this.formerTieYears = settings.formerTieYears();
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
        List<Protocol> protocols = inputs.protocols();
        ContractChecker checker = new ContractChecker(protocols, formerTieYears);
        // 44-ФЗ ст.31 ч.1 п.9: the customer's officials at the date of the purchase
        PurchaseDates purchaseDates = new PurchaseDates(protocols);
        List<Stored> contracts = this.contracts.load(contractIds);
        List<CheckStore.Checked> records = new ArrayList<>(contracts.size());
        List<Long> checkedIds = new ArrayList<>();
        List<FindingStore.Located> located = new ArrayList<>();
        int checked = 0;
        int found = 0;
        for (Stored stored : contracts) {
            // the registers as this customer's checks see them: pending municipal extracts count
            // only within their uploader's subtree
            RegistryIndex registry = registries.forOrganization(stored.organizationId());
            String reason = whyNotCheckable(stored, registry);
            List<Finding> result = reason == null
                    ? checker.check(
                            stored.contract(),
                            staff.forCustomer(stored.contract().customerInn(), purchaseDates.of(stored.contract())),
                            registry)
                    : List.of();
            // one finding per conflict (contract, official, person), listing every rule that applies
            List<Conflict> conflicts = Conflict.of(result);
            if (reason == null) {
                checked++;
                found += conflicts.size();
                checkedIds.add(stored.id());
                conflicts.forEach(c -> located.add(new FindingStore.Located(stored.id(), stored.organizationId(), c)));
            }
            records.add(new CheckStore.Checked(
                    stored.id(),
                    reason == null ? CheckOutcome.CHECKED : CheckOutcome.NOT_CHECKED,
                    reason,
                    conflicts.size()));
        }
        findings.store(checkedIds, located);
        store.record(records, registersVersion, peopleVersion);
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
        return store.stale(inputs.registersVersion());
    }

    /** Re-checks the stale contracts; with several instances, only the one holding the lock does. */
    @Scheduled(fixedDelayString = "${probity.procurement.recheck-interval:PT5M}", initialDelayString = "PT1M")
    public void recheckStale() {
        transaction.executeWithoutResult(status -> {
            if (store.tryRecheckLock()) {
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
}
