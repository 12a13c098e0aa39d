package ru.probity.redflags.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import ru.probity.procurement.model.Contract;

/**
 * {@code small_purchase_annual_cap}: a customer's small single-supplier contracts of a calendar year
 * under 44-ФЗ ст.93 ч.1 п.4 (or п.5), in date order, passed the annual cap of the point in force on
 * the contract's date; the customer's total annual purchases (СГОЗ) are estimated as all its contracts
 * of the year. The threshold is a factor of the cap (1 — the cap itself).
 */
final class SmallPurchaseAnnualCap implements Indicator {

    private static final IndicatorInfo INFO = new IndicatorInfo(
            "small_purchase_annual_cap",
            "Превышение годового объёма малых закупок",
            "Сумма контрактов заказчика с единственным поставщиком по 44-ФЗ ст.93 ч.1 п.4 (п.5) за"
                    + " календарный год превысила годовой объём, допустимый по этому пункту (доля совокупного"
                    + " годового объёма закупок и предельная сумма в редакции на дату контракта). Совокупный"
                    + " годовой объём оценивается по всем контрактам заказчика за год; ограничение не"
                    + " применяется к закупкам сельских поселений.",
            "44-ФЗ ст.93 ч.1 п.4, п.5 (44-ФЗ от 05.04.2013, 140-ФЗ от 04.06.2014, 71-ФЗ от 01.05.2019,"
                    + " 360-ФЗ от 02.07.2021)",
            IndicatorInfo.Level.CONTRACT,
            1,
            0.4);

    @Override
    public IndicatorInfo info() {
        return INFO;
    }

    @Override
    public void evaluate(Dataset data, double threshold, Consumer<Flag> out) {
        BigDecimal factor = BigDecimal.valueOf(threshold);
        for (List<Contract> contracts : data.contractsByCustomer().values()) {
            Map<Integer, BigDecimal> totals = new HashMap<>();
            Map<String, List<Contract>> small = new HashMap<>();
            for (Contract c : contracts) {
                if (!c.under44() || c.signDate() == null || c.price() == null) {
                    continue;
                }
                totals.merge(c.signDate().getYear(), c.price(), BigDecimal::add);
                if (c.singleSupplier() && Limits.covers(c.singleSupplierGround())) {
                    small.computeIfAbsent(
                                    c.signDate().getYear() + "|" + c.singleSupplierGround(), k -> new ArrayList<>())
                            .add(c);
                }
            }
            for (List<Contract> list : small.values()) {
                list.sort(Comparator.comparing(Contract::signDate).thenComparing(Contract::regNum));
                BigDecimal total = totals.get(list.getFirst().signDate().getYear());
                BigDecimal sum = BigDecimal.ZERO;
                for (Contract c : list) {
                    sum = sum.add(c.price());
                    Limits.Row row = Limits.inForce(c.singleSupplierGround(), c.signDate());
                    BigDecimal cap = row.annualCap(total).multiply(factor);
                    if (sum.compareTo(cap) > 0) {
                        out.accept(ContractFacts.flag(
                                INFO.id(),
                                c,
                                sum.doubleValue(),
                                cap.doubleValue(),
                                "Контракт " + ContractFacts.contract(c) + " с поставщиком "
                                        + ContractFacts.supplier(data, c) + " заключён по 44-ФЗ ст.93 ч.1 п."
                                        + c.singleSupplierGround() + ", когда контракты заказчика (ИНН "
                                        + c.customerInn() + ") по этому пункту за "
                                        + c.signDate().getYear()
                                        + " год составили " + ContractFacts.money(sum)
                                        + " — больше годового объёма " + ContractFacts.money(cap)
                                        + " (все контракты заказчика за год — " + ContractFacts.money(total)
                                        + "; " + row.source() + ").",
                                ContractFacts.documents(data, c)));
                    }
                }
            }
        }
    }
}
