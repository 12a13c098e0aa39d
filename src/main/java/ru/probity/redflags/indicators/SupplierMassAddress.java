package ru.probity.redflags.indicators;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.Contract;

/**
 * {@code supplier_mass_address}: at least <i>threshold</i> existing companies of the registers have the
 * supplier's address, compared normalized (docs/red-flags.md).
 */
final class SupplierMassAddress implements Indicator {

    private static final IndicatorInfo INFO = new IndicatorInfo(
            "supplier_mass_address",
            "Адрес массовой регистрации поставщика",
            "По адресу поставщика зарегистрировано много организаций: признак адреса массовой регистрации"
                    + " и номинальной организации.",
            "ФНС России: «адрес массовой регистрации»",
            IndicatorInfo.Level.CONTRACT,
            10,
            0.2);

    /** Words of an address that carry no distinction: abbreviations of a city, street, house. */
    @Override
    public IndicatorInfo info() {
        return INFO;
    }

    @Override
    public void evaluate(Dataset data, double threshold, Consumer<Flag> out) {
        Map<String, Integer> registered = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        for (Company company : data.companies()) {
            String key = normalize(company.address());
            if (key != null) {
                keys.put(company.inn(), key);
                if (company.terminatedOn() == null) {
                    registered.merge(key, 1, Integer::sum);
                }
            }
        }
        for (Contract c : data.contracts()) {
            String inn = Dataset.supplierInn(c);
            String key = inn == null ? null : keys.get(inn);
            int count = key == null ? 0 : registered.getOrDefault(key, 0);
            if (count >= threshold) {
                out.accept(ContractFacts.flag(
                        INFO.id(),
                        c,
                        count,
                        threshold,
                        "По адресу поставщика " + ContractFacts.supplier(data, c) + " «"
                                + data.company(inn).address()
                                + "» в реестрах зарегистрировано действующих организаций: " + count
                                + "; контракт " + ContractFacts.contract(c) + ".",
                        ContractFacts.documents(data, c)));
            }
        }
    }

    /**
     * The address in lower case with «ё» as «е», punctuation dropped and the words «г», «ул», «д» (and
     * their full forms) left out; null for none.
     */
    static String normalize(String address) {
        return Addresses.key(address);
    }
}
