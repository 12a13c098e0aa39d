package ru.probity.redflags.indicators;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import ru.probity.procurement.model.Contract;

/**
 * {@code split_purchase}: small single-supplier contracts (44-ФЗ ст.93 ч.1 п.4 or п.5) of one customer
 * with one supplier in one ОКПД2 group, each within the limit in force on its date, signed within
 * <i>threshold</i> days of the first, together over the limit (docs/red-flags.md).
 */
final class SplitPurchase implements Indicator {

    private static final IndicatorInfo INFO = new IndicatorInfo(
            "split_purchase",
            "Дробление закупки",
            "Несколько контрактов с единственным поставщиком по 44-ФЗ ст.93 ч.1 п.4 (п.5) одного заказчика"
                    + " с одним поставщиком на одну потребность (группа ОКПД2) заключены в короткий срок; каждый"
                    + " не превышает предельной суммы, действовавшей на дату контракта, а вместе они её превышают."
                    + " Так обходят конкурентные процедуры (44-ФЗ ст.24 ч.5).",
            "44-ФЗ ст.93 ч.1 п.4, п.5 (предельные суммы по редакциям: 44-ФЗ от 05.04.2013, 140-ФЗ от 04.06.2014,"
                    + " 71-ФЗ от 01.05.2019, 360-ФЗ от 02.07.2021); ст.24 ч.5; практика ФАС и контрольных органов",
            IndicatorInfo.Level.CONTRACT,
            30,
            0.5);

    @Override
    public IndicatorInfo info() {
        return INFO;
    }

    @Override
    public void evaluate(Dataset data, double threshold, Consumer<Flag> out) {
        long window = (long) Math.floor(threshold);
        Map<String, List<Contract>> groups = new HashMap<>();
        for (Contract c : data.contracts()) {
            if (!c.singleSupplier()
                    || !c.under44()
                    || c.signDate() == null
                    || c.price() == null
                    || c.customerInn() == null) {
                continue;
            }
            Limits.Row limit = Limits.inForce(c.singleSupplierGround(), c.signDate());
            String supplier = Dataset.supplierInn(c);
            String group = ContractFacts.group(c);
            if (limit == null || supplier == null || group == null || c.price().compareTo(limit.contract()) > 0) {
                continue;
            }
            String key = c.customerInn() + '|' + supplier + '|' + group + '|' + c.singleSupplierGround();
            groups.computeIfAbsent(key, k -> new ArrayList<>(2)).add(c);
        }
        for (List<Contract> list : groups.values()) {
            if (list.size() > 1) {
                clusters(data, list, window, threshold, out);
            }
        }
    }

    /**
     * Every window of contracts signed within {@code window} days of its first whose sum is over the
     * limit in force on the first's date; a contract in several such windows is flagged once, with the
     * largest sum.
     */
    private static void clusters(Dataset data, List<Contract> list, long window, double threshold, Consumer<Flag> out) {
        list.sort(Comparator.comparing(Contract::signDate).thenComparing(Contract::regNum));
        int n = list.size();
        BigDecimal[] best = new BigDecimal[n];
        int[] bestStart = new int[n];
        int[] bestEnd = new int[n];
        int end = 0;
        BigDecimal sum = BigDecimal.ZERO;
        for (int start = 0; start < n; start++) {
            if (end < start) {
                end = start;
                sum = BigDecimal.ZERO;
            }
            while (end < n
                    && ChronoUnit.DAYS.between(
                                    list.get(start).signDate(), list.get(end).signDate())
                            <= window) {
                sum = sum.add(list.get(end).price());
                end++;
            }
            BigDecimal limit = Limits.inForce(
                            list.get(start).singleSupplierGround(),
                            list.get(start).signDate())
                    .contract();
            if (end - start > 1 && sum.compareTo(limit) > 0) {
                for (int i = start; i < end; i++) {
                    if (best[i] == null || sum.compareTo(best[i]) > 0) {
                        best[i] = sum;
                        bestStart[i] = start;
                        bestEnd[i] = end;
                    }
                }
            }
            sum = sum.subtract(list.get(start).price());
        }
        for (int i = 0; i < n; i++) {
            if (best[i] == null) {
                continue;
            }
            Contract c = list.get(i);
            Contract first = list.get(bestStart[i]);
            Contract last = list.get(bestEnd[i] - 1);
            Limits.Row limit = Limits.inForce(first.singleSupplierGround(), first.signDate());
            List<String> docs = new ArrayList<>();
            StringBuilder numbers = new StringBuilder();
            for (int j = bestStart[i]; j < bestEnd[i]; j++) {
                docs.add("contract:" + list.get(j).regNum());
                if (j > bestStart[i]) {
                    numbers.append(", ");
                }
                numbers.append("№ ")
                        .append(list.get(j).regNum())
                        .append(" (")
                        .append(ContractFacts.money(list.get(j).price()))
                        .append(')');
            }
            String register = ContractFacts.register(data, Dataset.supplierInn(c));
            if (register != null) {
                docs.add(register);
            }
            out.accept(ContractFacts.flag(
                    INFO.id(),
                    c,
                    best[i].doubleValue(),
                    limit.contract().doubleValue(),
                    "С " + ContractFacts.date(first.signDate()) + " по " + ContractFacts.date(last.signDate())
                            + " заказчик (ИНН " + c.customerInn() + ") заключил с поставщиком "
                            + ContractFacts.supplier(data, c) + " "
                            + ContractFacts.contracts(bestEnd[i] - bestStart[i]) + " по 44-ФЗ ст.93 ч.1 п."
                            + c.singleSupplierGround()
                            + " на одну группу ОКПД2 " + ContractFacts.group(c) + ": " + numbers
                            + ". Каждый не превышает предельной суммы "
                            + ContractFacts.money(limit.contract()) + ", а вместе — "
                            + ContractFacts.money(best[i]) + " (в пределах "
                            + ContractFacts.days((long) threshold) + ").",
                    docs));
        }
    }
}
