package ru.probity.redflags.indicators;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.Entrepreneur;

/**
 * {@code supplier_liquidated_after_contract}: the supplier ceased to exist (ЕГРЮЛ, ЕГРИП) within
 * <i>threshold</i> days after the contract's sign date (docs/red-flags.md).
 */
final class SupplierLiquidatedAfterContract implements Indicator {

    private static final IndicatorInfo INFO = new IndicatorInfo(
            "supplier_liquidated_after_contract",
            "Поставщик прекратил деятельность после контракта",
            "Поставщик прекратил деятельность (ЕГРЮЛ, ЕГРИП) вскоре после заключения контракта: признак"
                    + " фирмы-однодневки, созданной для получения контракта.",
            "Признаки фирм-однодневок ФНС России; Open Contracting, Red flags for integrity",
            IndicatorInfo.Level.CONTRACT,
            365,
            0.3);

    @Override
    public IndicatorInfo info() {
        return INFO;
    }

    @Override
    public void evaluate(Dataset data, double threshold, Consumer<Flag> out) {
        for (Contract c : data.contracts()) {
            if (c.signDate() == null) {
                continue;
            }
            LocalDate terminated = terminatedOn(data, Dataset.supplierInn(c));
            if (terminated == null || terminated.isBefore(c.signDate())) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(c.signDate(), terminated);
            if (days <= threshold) {
                out.accept(ContractFacts.flag(
                        INFO.id(),
                        c,
                        days,
                        threshold,
                        "Поставщик " + ContractFacts.supplier(data, c) + " прекратил деятельность "
                                + ContractFacts.date(terminated) + ", через " + ContractFacts.days(days)
                                + " после заключения контракта " + ContractFacts.contract(c) + ".",
                        ContractFacts.documents(data, c)));
            }
        }
    }

    private static LocalDate terminatedOn(Dataset data, String inn) {
        Company company = data.company(inn);
        if (company != null) {
            return company.terminatedOn();
        }
        Entrepreneur e = data.entrepreneur(inn);
        return e == null ? null : e.terminatedOn();
    }
}
