package ru.probity.redflags.indicators;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.ContractChange;

/**
 * {@code many_amendments}: the contract has at least <i>threshold</i> amendments (distinct versions,
 * docs/red-flags.md).
 */
final class ManyAmendments implements Indicator {

    private static final IndicatorInfo INFO = new IndicatorInfo(
            "many_amendments",
            "Многократные изменения контракта",
            "Условия контракта изменялись много раз: изменение существенных условий допускается лишь в"
                    + " случаях 44-ФЗ ст.95, частые изменения — признак того, что условия торгов были"
                    + " формальными.",
            "Open Contracting, Red flags for integrity (Cardinal: «Number of contract amendments»); 44-ФЗ ст.95",
            IndicatorInfo.Level.CONTRACT,
            3,
            0.2);

    @Override
    public IndicatorInfo info() {
        return INFO;
    }

    @Override
    public void evaluate(Dataset data, double threshold, Consumer<Flag> out) {
        for (Contract c : data.contracts()) {
            int count = amendments(data, c);
            if (count > 0 && count >= threshold) {
                out.accept(ContractFacts.flag(
                        INFO.id(),
                        c,
                        count,
                        threshold,
                        "Контракт " + ContractFacts.contract(c) + " с поставщиком " + ContractFacts.supplier(data, c)
                                + " изменялся " + count
                                + ("few".equals(ru.probity.platform.RussianPlural.form(count)) ? " раза" : " раз")
                                + (c.signDate() != null ? " после заключения " + ContractFacts.date(c.signDate()) : "")
                                + ".",
                        ContractFacts.documents(data, c)));
            }
        }
    }

    /** The number of the contract's amendments, one per version (or per date when no version is given). */
    static int amendments(Dataset data, Contract c) {
        Set<Object> seen = new HashSet<>();
        for (ContractChange change : data.changes(c.regNum())) {
            if (change.kind() == ContractChange.Kind.AMENDMENT) {
                seen.add(change.version() > 0 ? change.version() : String.valueOf(change.date()));
            }
        }
        return seen.size();
    }
}
