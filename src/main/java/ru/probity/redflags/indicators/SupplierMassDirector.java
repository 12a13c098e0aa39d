package ru.probity.redflags.indicators;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.CompanyRole;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.PersonLink;

/**
 * {@code supplier_mass_director}: the supplier's director directs at least <i>threshold</i> existing
 * companies of the registers (a person by INN, else by full name; docs/red-flags.md).
 */
final class SupplierMassDirector implements Indicator {

    private static final IndicatorInfo INFO = new IndicatorInfo(
            "supplier_mass_director",
            "Массовый руководитель поставщика",
            "Руководитель поставщика является руководителем многих организаций: признак номинального"
                    + " («массового») руководителя.",
            "ФНС России: «массовый» руководитель (признак недостоверности сведений, 129-ФЗ ст.11)",
            IndicatorInfo.Level.CONTRACT,
            10,
            0.3);

    @Override
    public IndicatorInfo info() {
        return INFO;
    }

    @Override
    public void evaluate(Dataset data, double threshold, Consumer<Flag> out) {
        Map<String, Integer> directed = new HashMap<>();
        for (Company company : data.companies()) {
            if (company.terminatedOn() == null) {
                for (PersonLink p : company.people()) {
                    String key = key(p);
                    if (key != null) {
                        directed.merge(key, 1, Integer::sum);
                    }
                }
            }
        }
        // per supplier company: its director directing the most companies, computed once
        Map<String, PersonLink> mass = new HashMap<>();
        Map<String, Integer> massCount = new HashMap<>();
        for (Company company : data.companies()) {
            for (PersonLink p : company.people()) {
                String key = key(p);
                int count = key == null ? 0 : directed.getOrDefault(key, 0);
                if (count >= threshold && count > massCount.getOrDefault(company.inn(), 0)) {
                    mass.put(company.inn(), p);
                    massCount.put(company.inn(), count);
                }
            }
        }
        if (mass.isEmpty()) {
            return;
        }
        for (Contract c : data.contracts()) {
            String inn = Dataset.supplierInn(c);
            PersonLink p = inn == null ? null : mass.get(inn);
            if (p == null) {
                continue;
            }
            int count = massCount.get(inn);
            out.accept(ContractFacts.flag(
                    INFO.id(),
                    c,
                    count,
                    threshold,
                    "Руководитель поставщика " + ContractFacts.supplier(data, c) + " " + p.name()
                            + (p.inn() != null ? " (ИНН " + p.inn() + ")" : "")
                            + " — руководитель действующих организаций по данным реестров: " + count
                            + "; контракт " + ContractFacts.contract(c) + ".",
                    ContractFacts.documents(data, c)));
        }
    }

    /** The key of a current director: INN, else the full name; null for anyone else. */
    private static String key(PersonLink p) {
        if (p.role() != CompanyRole.DIRECTOR || p.until() != null) {
            return null;
        }
        if (p.inn() != null && !p.inn().isBlank()) {
            return p.inn().strip();
        }
        return p.name() == null
                ? null
                : "name:" + p.name().toString().toUpperCase(Locale.ROOT).replace('Ё', 'Е');
    }
}
