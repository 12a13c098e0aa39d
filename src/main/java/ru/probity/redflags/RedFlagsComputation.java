package ru.probity.redflags;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.procurement.PurchaseFacts;
import ru.probity.procurement.PurchaseFacts.CustomerContract;
import ru.probity.procurement.PurchaseFacts.Snapshot;
import ru.probity.procurement.model.Contract;
import ru.probity.redflags.RedFlagRows.CustomerRisk;
import ru.probity.redflags.RedFlagRows.Run;
import ru.probity.redflags.RedFlagStore.Computed;
import ru.probity.redflags.indicators.Dataset;
import ru.probity.redflags.indicators.Flag;
import ru.probity.redflags.indicators.IndicatorInfo;
import ru.probity.redflags.indicators.RedFlags;
import ru.probity.redflags.indicators.Thresholds;

/**
 * Computes the red flags of the whole region: {@link RedFlags#run} over a {@link Dataset} of the
 * stored purchases ({@link PurchaseFacts#snapshot()}), each flag given to the organization of the
 * tree that is its customer, the risk score of every contract (its own flags, its customer–supplier
 * pair's and its supplier's) and of every customer (the mean over its contracts), stored by
 * fingerprint so the officers' decisions survive a recompute. A flag on a supplier as a whole is
 * given to each customer of the tree that has a contract with it.
 */
@Service
public class RedFlagsComputation {

    private static final Logger log = LoggerFactory.getLogger(RedFlagsComputation.class);

    private final PurchaseFacts facts;
    private final RedFlagStore store;
    private final Thresholds thresholds;
    private final String settings;

    RedFlagsComputation(PurchaseFacts facts, RedFlagStore store, RedFlagSettings settings) {
        this.facts = facts;
        this.store = store;
        Set<String> known = new java.util.HashSet<>();
        RedFlags.catalogue().forEach(i -> known.add(i.id()));
        for (String id : settings.thresholds().keySet()) {
            if (!known.contains(id)) {
                throw new IllegalStateException("probity.redflags.thresholds." + id
                        + ": no such indicator (docs/red-flags.md lists them: " + known + ")");
            }
        }
        this.thresholds = new Thresholds(settings.thresholds());
        this.settings = new TreeMap<>(settings.thresholds()).toString();
    }

    /** The thresholds in force (settings over the catalogue's defaults). */
    Thresholds thresholds() {
        return thresholds;
    }

    /** Recomputes when the facts or the thresholds changed since the last computation; the job's work. */
    @Transactional
    public Optional<Run> recomputeIfChanged() {
        // the cheap version first: the job must not read the region's purchases every few minutes
        Optional<Run> last = store.run();
        if (last.isPresent()
                && last.get().version() == facts.version()
                && settings.equals(last.get().settings())) {
            return Optional.empty();
        }
        return Optional.of(compute(facts.snapshot(), RedFlagStore.SYSTEM));
    }

    /** Recomputes now (the officer's button). */
    @Transactional
    Run recompute(String actor) {
        return compute(facts.snapshot(), actor);
    }

    /**
     * Computes and stores the flags of the given facts (the job and the button read {@link
     * PurchaseFacts#snapshot()}; tests and the demo may pass facts of their own).
     */
    @Transactional
    public Run compute(Snapshot snapshot, String actor) {
        store.lockRun();
        long started = System.nanoTime();
        Dataset.Builder builder = Dataset.builder();
        Map<String, CustomerContract> byRegNum = new LinkedHashMap<>();
        for (CustomerContract c : snapshot.contracts()) {
            builder.contract(c.contract());
            builder.signedPrice(c.contract().regNum(), c.signedPrice());
            byRegNum.merge(
                    c.contract().regNum(),
                    c,
                    (a, b) -> b.contract().versionNumber() >= a.contract().versionNumber() ? b : a);
        }
        snapshot.notices().forEach(builder::notice);
        snapshot.protocols().forEach(builder::protocol);
        snapshot.changes().forEach(builder::change);
        snapshot.companies().forEach(builder::company);
        snapshot.entrepreneurs().forEach(builder::entrepreneur);
        List<Flag> flags = RedFlags.run(builder.build(), thresholds);

        // the customers of the tree by INN, and the contracts of each pair and supplier
        Map<String, CustomerContract> customerOf = new HashMap<>();
        Map<String, List<CustomerContract>> bySupplier = new HashMap<>();
        Map<String, List<CustomerContract>> byPair = new HashMap<>();
        for (CustomerContract c : byRegNum.values()) {
            Contract contract = c.contract();
            if (c.organizationId() != null && contract.customerInn() != null) {
                customerOf.putIfAbsent(contract.customerInn(), c);
            }
            String supplier = Dataset.supplierInn(contract);
            if (supplier != null) {
                bySupplier.computeIfAbsent(supplier, k -> new ArrayList<>()).add(c);
                byPair.computeIfAbsent(pair(contract.customerInn(), supplier), k -> new ArrayList<>())
                        .add(c);
            }
        }

        // the flags behind each contract's risk: its own, its pair's, its supplier's
        Map<String, List<Flag>> ofContract = new HashMap<>();
        Map<String, List<Flag>> ofPair = new HashMap<>();
        Map<String, List<Flag>> ofSupplier = new HashMap<>();
        for (Flag f : flags) {
            if (f.contract() != null) {
                ofContract.computeIfAbsent(f.contract(), k -> new ArrayList<>()).add(f);
            } else if (f.customerInn() != null) {
                ofPair.computeIfAbsent(pair(f.customerInn(), f.supplierInn()), k -> new ArrayList<>())
                        .add(f);
            } else if (f.supplierInn() != null) {
                ofSupplier
                        .computeIfAbsent(f.supplierInn(), k -> new ArrayList<>())
                        .add(f);
            }
        }
        Map<String, Double> contractRisk = new HashMap<>();
        for (CustomerContract c : byRegNum.values()) {
            Contract contract = c.contract();
            String supplier = Dataset.supplierInn(contract);
            List<Flag> behind = new ArrayList<>(ofContract.getOrDefault(contract.regNum(), List.of()));
            if (supplier != null) {
                behind.addAll(ofPair.getOrDefault(pair(contract.customerInn(), supplier), List.of()));
                behind.addAll(ofSupplier.getOrDefault(supplier, List.of()));
            }
            if (!behind.isEmpty()) {
                contractRisk.put(contract.regNum(), RedFlags.risk(behind));
            }
        }

        List<Computed> stored = new ArrayList<>();
        for (Flag f : flags) {
            if (f.contract() != null) {
                CustomerContract c = byRegNum.get(f.contract());
                if (c != null && c.organizationId() != null) {
                    stored.add(computed(f, c, f.customerInn(), contractRisk.getOrDefault(f.contract(), 0.0)));
                }
            } else if (f.customerInn() != null) {
                CustomerContract c = customerOf.get(f.customerInn());
                List<CustomerContract> ofThePair =
                        byPair.getOrDefault(pair(f.customerInn(), f.supplierInn()), List.of());
                if (c != null) {
                    stored.add(computed(
                            f, null, c, ofThePair, RedFlags.risk(ofPair.get(pair(f.customerInn(), f.supplierInn())))));
                }
            } else if (f.supplierInn() != null) {
                Set<String> customers = new LinkedHashSet<>();
                for (CustomerContract c : bySupplier.getOrDefault(f.supplierInn(), List.of())) {
                    if (c.organizationId() != null
                            && c.contract().customerInn() != null
                            && customers.add(c.contract().customerInn())) {
                        stored.add(computed(
                                f,
                                null,
                                c,
                                byPair.getOrDefault(pair(c.contract().customerInn(), f.supplierInn()), List.of()),
                                RedFlags.risk(ofSupplier.get(f.supplierInn()))));
                    }
                }
            }
        }

        // each customer's risk: the mean over its contracts (a contract without flags scores 0)
        Map<String, double[]> perCustomer = new LinkedHashMap<>();
        Map<String, CustomerContract> customerContract = new HashMap<>();
        for (CustomerContract c : byRegNum.values()) {
            if (c.organizationId() == null || c.contract().customerInn() == null) {
                continue;
            }
            String key = c.organizationId() + "|" + c.contract().customerInn();
            customerContract.putIfAbsent(key, c);
            double[] sums = perCustomer.computeIfAbsent(key, k -> new double[3]);
            double risk = contractRisk.getOrDefault(c.contract().regNum(), 0.0);
            sums[0]++;
            sums[1] += risk;
            if (risk > 0) {
                sums[2]++;
            }
        }
        List<CustomerRisk> customers = new ArrayList<>();
        perCustomer.forEach((key, sums) -> {
            CustomerContract c = customerContract.get(key);
            customers.add(new CustomerRisk(
                    c.organizationId(),
                    c.contract().customerName(),
                    c.contract().customerInn(),
                    (int) sums[0],
                    (int) sums[2],
                    sums[1] / sums[0]));
        });

        store.store(snapshot.version(), settings, actor, stored, customers);
        log.info(
                "Red flags: {} flags of {} contracts in {} ms",
                stored.size(),
                byRegNum.size(),
                (System.nanoTime() - started) / 1_000_000);
        return store.run().orElseThrow();
    }

    /** The indicator's description, or null for an id the catalogue does not know. */
    static IndicatorInfo info(String indicator) {
        return RedFlags.catalogue().stream()
                .filter(i -> i.id().equals(indicator))
                .findFirst()
                .orElse(null);
    }

    private static String pair(String customer, String supplier) {
        return customer + "|" + supplier;
    }

    static String fingerprint(String indicator, String contract, String customer, String supplier) {
        return indicator + "|" + nz(contract) + "|" + nz(customer) + "|" + nz(supplier);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** A flag on a contract. */
    private static Computed computed(Flag f, CustomerContract c, String customerInn, double risk) {
        Contract contract = c.contract();
        return new Computed(
                fingerprint(f.indicator(), f.contract(), customerInn, f.supplierInn()),
                f.indicator(),
                c.id(),
                contract.regNum(),
                f.purchaseNumber() != null ? f.purchaseNumber() : contract.purchaseNumber(),
                contract.signDate(),
                contract.price(),
                customerInn != null ? customerInn : contract.customerInn(),
                contract.customerName(),
                f.supplierInn(),
                supplierName(contract, f.supplierInn()),
                c.organizationId(),
                f.value(),
                f.threshold(),
                f.explanation(),
                f.documents(),
                risk);
    }

    /** A flag on a customer–supplier pair or on a supplier, given to the customer {@code c}. */
    private static Computed computed(
            Flag f, String contract, CustomerContract c, List<CustomerContract> pairContracts, double risk) {
        String supplierName = null;
        BigDecimal total = null;
        for (CustomerContract pc : pairContracts) {
            if (supplierName == null) {
                supplierName = supplierName(pc.contract(), f.supplierInn());
            }
            if (pc.contract().price() != null) {
                total = total == null
                        ? pc.contract().price()
                        : total.add(pc.contract().price());
            }
        }
        return new Computed(
                fingerprint(f.indicator(), contract, c.contract().customerInn(), f.supplierInn()),
                f.indicator(),
                null,
                null,
                f.purchaseNumber(),
                null,
                total,
                c.contract().customerInn(),
                c.contract().customerName(),
                f.supplierInn(),
                supplierName,
                c.organizationId(),
                f.value(),
                f.threshold(),
                f.explanation(),
                f.documents(),
                risk);
    }

    private static String supplierName(Contract contract, String inn) {
        return contract.suppliers().stream()
                .filter(s -> inn == null || inn.equals(s.inn()))
                .map(s -> s.name())
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
