package ru.probity.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.probity.procurement.ContractImport;
import ru.probity.procurement.model.Contract;
import ru.probity.redflags.generator.RedFlagGenerator;
import ru.probity.redflags.generator.RedFlagWorld;

/**
 * The demo's red flags (issue 22): one planted pattern of each indicator of docs/red-flags.md, with
 * its near-miss decoys, on customers of Kaluga's tree — the city's administration of municipal
 * economy buys and gets the contract-level patterns, four other organizations of the city get the
 * annual cap and the supplier concentration. Suppliers and bidders are made up (INNs of tax office
 * 95, apart from the region's), their ЕГРЮЛ extracts stored with the demo's companies. The purchases
 * are dated 2024 (the limits of 44-ФЗ ст.93 of that year).
 */
final class DemoRedFlags {

    private static final long SEED = 22;

    private DemoRedFlags() {}

    /** The planted world for the region's Kaluga customers. */
    static RedFlagWorld plant(DemoRegion region) {
        List<RedFlagGenerator.Customer> customers = new ArrayList<>();
        DemoRegion.Organization ugh = region.organization(DemoProcurement.UGH);
        if (ugh != null && ugh.inn() != null && ugh.kpp() != null) {
            customers.add(new RedFlagGenerator.Customer(ugh.inn(), ugh.kpp(), ugh.name()));
        }
        for (DemoRegion.Organization o : region.organizations()) {
            if (customers.size() >= 5) {
                break;
            }
            if (o.inn() != null && o.kpp() != null && o.name().contains("Калуг") && o != ugh) {
                customers.add(new RedFlagGenerator.Customer(o.inn(), o.kpp(), o.name()));
            }
        }
        return RedFlagGenerator.plantOnly(SEED, customers);
    }

    /**
     * Stores the planted contracts — each as signed, then its latest version over it, so the store
     * keeps the price as signed (the amendments' price rises) — the notices, protocols with every bid
     * and the changes. The register extracts are stored by the loader with the demo's companies.
     */
    static void store(RedFlagWorld world, ContractImport contracts) {
        Map<String, Contract> signed = new LinkedHashMap<>();
        Map<String, Contract> latest = new LinkedHashMap<>();
        for (Contract c : world.contracts()) {
            signed.merge(c.regNum(), c, (a, b) -> b.versionNumber() < a.versionNumber() ? b : a);
            latest.merge(c.regNum(), c, (a, b) -> b.versionNumber() >= a.versionNumber() ? b : a);
        }
        contracts.storeAsSystem("demo", List.copyOf(signed.values()));
        List<Contract> amended = latest.values().stream()
                .filter(c -> c.versionNumber() > signed.get(c.regNum()).versionNumber())
                .toList();
        if (!amended.isEmpty()) {
            contracts.storeAsSystem("demo", amended);
        }
        contracts.storeDocumentsAsSystem("demo", world.notices(), world.protocols(), world.changes());
    }
}
