package ru.probity.redflags.indicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import ru.probity.procurement.model.Contract;

/**
 * {@code supplier_concentration}: a supplier's share of a customer's spend in a calendar year is
 * above the interquartile fence of all such shares and at least <i>threshold</i>; only customers with
 * at least {@value #MIN_CONTRACTS} contracts that year count (docs/red-flags.md). One flag per
 * customer, supplier and year.
 */
final class SupplierConcentration implements Indicator {

    static final int MIN_CONTRACTS = 5;

    private static final IndicatorInfo INFO = new IndicatorInfo(
            "supplier_concentration",
            "Концентрация закупок у одного поставщика",
            "На одного поставщика приходится необычно большая доля расходов заказчика за год (выше"
                    + " межквартильной границы по всем заказчикам и не меньше порога): признак"
                    + " «своего» поставщика.",
            "Open Contracting, Red flags for integrity (Cardinal: «Supplier concentration»); DOZORRO",
            IndicatorInfo.Level.CUSTOMER_SUPPLIER,
            0.3,
            0.3);

    private record Pair(String customer, int year, String supplier) {}

    /** The sum and the contracts of a customer's year or of one supplier in it. */
    private static final class Account {
        BigDecimal sum = BigDecimal.ZERO;
        final List<String> contracts = new ArrayList<>(2);

        void add(Contract c) {
            sum = sum.add(c.price());
            contracts.add(c.regNum());
        }
    }

    @Override
    public IndicatorInfo info() {
        return INFO;
    }

    @Override
    public void evaluate(Dataset data, double threshold, Consumer<Flag> out) {
        Map<Pair, BigDecimal> spend = new HashMap<>();
        Map<Pair, List<String>> contracts = new HashMap<>();
        Map<Pair, BigDecimal> totals = new HashMap<>();
        Map<Pair, Integer> counts = new HashMap<>();
        List<Pair> pairs = new ArrayList<>();
        List<Double> shareList = new ArrayList<>();
        for (Map.Entry<String, List<Contract>> e : data.contractsByCustomer().entrySet()) {
            // one customer at a time: its years, and in each its suppliers
            Map<Integer, Map<String, Account>> years = new HashMap<>();
            Map<Integer, Account> yearTotals = new HashMap<>();
            for (Contract c : e.getValue()) {
                if (c.signDate() == null || c.price() == null || c.price().signum() <= 0) {
                    continue;
                }
                int year = c.signDate().getYear();
                yearTotals.computeIfAbsent(year, k -> new Account()).add(c);
                String supplier = Dataset.supplierInn(c);
                if (supplier != null) {
                    years.computeIfAbsent(year, k -> new HashMap<>())
                            .computeIfAbsent(supplier, k -> new Account())
                            .add(c);
                }
            }
            for (Map.Entry<Integer, Map<String, Account>> y : years.entrySet()) {
                Account total = yearTotals.get(y.getKey());
                if (total.contracts.size() < MIN_CONTRACTS) {
                    continue;
                }
                Pair year = new Pair(e.getKey(), y.getKey(), null);
                totals.put(year, total.sum);
                counts.put(year, total.contracts.size());
                for (Map.Entry<String, Account> s : y.getValue().entrySet()) {
                    Pair pair = new Pair(e.getKey(), y.getKey(), s.getKey());
                    pairs.add(pair);
                    shareList.add(s.getValue()
                            .sum
                            .divide(total.sum, MathContext.DECIMAL64)
                            .doubleValue());
                    spend.put(pair, s.getValue().sum);
                    contracts.put(pair, s.getValue().contracts);
                }
            }
        }
        double[] shares = shareList.stream().mapToDouble(Double::doubleValue).toArray();
        double fence = Fences.upper(shares);
        if (Double.isNaN(fence)) {
            return;
        }
        double bar = Math.max(fence, threshold);
        for (int i = 0; i < shares.length; i++) {
            if (shares[i] > fence && shares[i] >= threshold) {
                Pair pair = pairs.get(i);
                Pair year = new Pair(pair.customer(), pair.year(), null);
                List<String> docs = new ArrayList<>();
                contracts.get(pair).stream()
                        .limit(ContractFacts.MAX_DOCUMENTS)
                        .forEach(regNum -> docs.add("contract:" + regNum));
                String register = ContractFacts.register(data, pair.supplier());
                if (register != null) {
                    docs.add(register);
                }
                out.accept(new Flag(
                        INFO.id(),
                        null,
                        null,
                        pair.customer(),
                        pair.supplier(),
                        shares[i],
                        bar,
                        "В " + pair.year() + " году на поставщика " + name(data, pair.supplier())
                                + " пришлось " + ContractFacts.percent(shares[i] * 100) + " расходов заказчика (ИНН "
                                + pair.customer() + "): " + ContractFacts.money(spend.get(pair)) + " из "
                                + ContractFacts.money(totals.get(year)) + ", "
                                + ContractFacts.contracts(contracts.get(pair).size())
                                + " из " + counts.get(year) + "; граница по всем заказчикам — "
                                + ContractFacts.percent(bar * 100) + ".",
                        docs));
            }
        }
    }

    static String name(Dataset data, String inn) {
        var company = data.company(inn);
        if (company != null && company.displayName() != null) {
            return "«" + company.displayName() + "» (ИНН " + inn + ")";
        }
        var e = data.entrepreneur(inn);
        if (e != null && e.name() != null) {
            return "ИП " + e.name() + " (ИНН " + inn + ")";
        }
        return "ИНН " + inn;
    }
}
