package ru.probity.redflags.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import ru.probity.procurement.model.Contract;

/**
 * {@code heterogeneous_supplier}: the supplier's contracts span at least <i>threshold</i> ОКПД2 classes
 * and more than the interquartile fence over all suppliers (docs/red-flags.md). One flag per supplier.
 */
final class HeterogeneousSupplier implements Indicator {

    private static final IndicatorInfo INFO = new IndicatorInfo(
            "heterogeneous_supplier",
            "Поставщик «всего подряд»",
            "Контракты поставщика относятся ко многим не связанным между собой классам ОКПД2 (больше"
                    + " межквартильной границы по всем поставщикам и не меньше порога): признак посредника"
                    + " или номинальной организации «для всего».",
            "Тендерскоп (Трансперенси Интернешнл — Россия); ФНС России: признаки номинальных организаций",
            IndicatorInfo.Level.SUPPLIER,
            5,
            0.2);

    @Override
    public IndicatorInfo info() {
        return INFO;
    }

    @Override
    public void evaluate(Dataset data, double threshold, Consumer<Flag> out) {
        List<String> suppliers = new ArrayList<>();
        List<TreeSet<String>> classes = new ArrayList<>();
        for (Map.Entry<String, List<Contract>> e : data.contractsBySupplier().entrySet()) {
            TreeSet<String> set = new TreeSet<>();
            for (Contract c : e.getValue()) {
                for (String code : c.okpd2()) {
                    String cls = ContractFacts.okpd2Class(code);
                    if (cls != null) {
                        set.add(cls);
                    }
                }
            }
            if (!set.isEmpty()) {
                suppliers.add(e.getKey());
                classes.add(set);
            }
        }
        double[] counts = classes.stream().mapToDouble(TreeSet::size).toArray();
        double fence = Fences.upper(counts);
        if (Double.isNaN(fence)) {
            return;
        }
        double bar = Math.max(fence, threshold);
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > fence && counts[i] >= threshold) {
                String inn = suppliers.get(i);
                List<Contract> list = data.contractsBySupplier().get(inn);
                List<String> docs = new ArrayList<>();
                list.stream().limit(ContractFacts.MAX_DOCUMENTS).forEach(c -> docs.add("contract:" + c.regNum()));
                String register = ContractFacts.register(data, inn);
                if (register != null) {
                    docs.add(register);
                }
                out.accept(new Flag(
                        INFO.id(),
                        null,
                        null,
                        null,
                        inn,
                        counts[i],
                        bar,
                        "Контракты поставщика " + SupplierConcentration.name(data, inn) + " ("
                                + ContractFacts.contracts(list.size()) + ") относятся к разным классам ОКПД2 — их "
                                + (int) counts[i] + ": " + String.join(", ", classes.get(i))
                                + "; граница по всем поставщикам — "
                                + ContractFacts.percent(bar).replace(" %", "")
                                + ".",
                        docs));
            }
        }
    }
}
