package ru.probity.redflags.indicators;

import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.ContractChange;

/**
 * {@code early_amendment}: the first amendment of the contract came at most <i>threshold</i> days
 * after signing (docs/red-flags.md).
 */
final class EarlyAmendment implements Indicator {

    private static final IndicatorInfo INFO = new IndicatorInfo(
            "early_amendment",
            "Изменение контракта сразу после заключения",
            "Условия контракта изменены вскоре после его заключения: признак того, что условия закупки"
                    + " заранее не соответствовали намерениям сторон (44-ФЗ ст.95).",
            "DOZORRO: изменение договора вскоре после подписания; 44-ФЗ ст.95",
            IndicatorInfo.Level.CONTRACT,
            30,
            0.2);

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
            for (ContractChange change : data.changes(c.regNum())) {
                if (change.kind() != ContractChange.Kind.AMENDMENT || change.date() == null) {
                    continue;
                }
                long days = ChronoUnit.DAYS.between(c.signDate(), change.date());
                if (days >= 0 && days <= threshold) {
                    out.accept(ContractFacts.flag(
                            INFO.id(),
                            c,
                            days,
                            threshold,
                            "Контракт " + ContractFacts.contract(c) + " с поставщиком "
                                    + ContractFacts.supplier(data, c) + " изменён " + ContractFacts.date(change.date())
                                    + ", через " + ContractFacts.days(days) + " после заключения"
                                    + (change.reason() != null ? " (основание: " + change.reason() + ")" : "") + ".",
                            ContractFacts.documents(data, c)));
                }
                break;
            }
        }
    }
}
