package ru.probity.redflags.indicators;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.Entrepreneur;

/**
 * {@code new_supplier}: the supplier was registered (ЕГРЮЛ, ЕГРИП) at most <i>threshold</i> days
 * before the contract's sign date (docs/red-flags.md).
 */
final class NewSupplier implements Indicator {

    private static final IndicatorInfo INFO = new IndicatorInfo(
            "new_supplier",
            "Недавно зарегистрированный поставщик",
            "Поставщик зарегистрирован (ЕГРЮЛ, ЕГРИП) незадолго до заключения контракта: у него нет опыта"
                    + " исполнения, он может быть создан под контракт («фирма-однодневка»).",
            "Open Contracting, Red flags for integrity (Cardinal: «Newly created supplier»); признаки"
                    + " фирм-однодневок ФНС России",
            IndicatorInfo.Level.CONTRACT,
            90,
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
            LocalDate registered = registeredOn(data, Dataset.supplierInn(c));
            if (registered == null || registered.isAfter(c.signDate())) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(registered, c.signDate());
            if (days <= threshold) {
                out.accept(ContractFacts.flag(
                        INFO.id(),
                        c,
                        days,
                        threshold,
                        "Поставщик " + ContractFacts.supplier(data, c) + " зарегистрирован "
                                + ContractFacts.date(registered) + ", за " + ContractFacts.days(days)
                                + " до заключения контракта " + ContractFacts.contract(c) + ".",
                        ContractFacts.documents(data, c)));
            }
        }
    }

    private static LocalDate registeredOn(Dataset data, String inn) {
        Company company = data.company(inn);
        if (company != null) {
            return company.registeredOn();
        }
        Entrepreneur e = data.entrepreneur(inn);
        return e == null ? null : e.registeredOn();
    }
}
