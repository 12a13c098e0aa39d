package ru.probity.redflags.indicators;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    private static final Set<String> NOISE = Set.of("г", "ул", "д", "город", "улица", "дом");

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
        if (address == null) {
            return null;
        }
        String[] words = address.toLowerCase(Locale.ROOT)
                .replace('ё', 'е')
                .replaceAll("[^\\p{L}\\p{Nd}]+", " ")
                .strip()
                .split(" ");
        StringBuilder key = new StringBuilder(address.length());
        for (String word : words) {
            if (!word.isEmpty() && !NOISE.contains(word)) {
                if (!key.isEmpty()) {
                    key.append(' ');
                }
                key.append(word);
            }
        }
        return key.isEmpty() ? null : key.toString();
    }
}
