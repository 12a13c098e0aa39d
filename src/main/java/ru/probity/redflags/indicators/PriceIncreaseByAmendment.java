package ru.probity.redflags.indicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.Consumer;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.ContractChange;

/**
 * {@code price_increase_by_amendment}: the contract's latest price (after amendments) is above the
 * price as signed by more than <i>threshold</i> percent (docs/red-flags.md).
 */
final class PriceIncreaseByAmendment implements Indicator {

    private static final IndicatorInfo INFO = new IndicatorInfo(
            "price_increase_by_amendment",
            "Увеличение цены контракта изменениями",
            "Цена контракта после изменений выше цены при заключении. Изменение существенных условий"
                    + " допускается только в случаях 44-ФЗ ст.95 (например, увеличение количества не более"
                    + " чем на 10 %); рост цены после торгов обесценивает конкуренцию.",
            "44-ФЗ ст.95 ч.1 п.1 «б»; Open Contracting, Red flags for integrity (Cardinal: «Contract" + " amendments»)",
            IndicatorInfo.Level.CONTRACT,
            0,
            0.4);

    @Override
    public IndicatorInfo info() {
        return INFO;
    }

    @Override
    public void evaluate(Dataset data, double threshold, Consumer<Flag> out) {
        for (Contract c : data.contracts()) {
            BigDecimal signed = data.signedPrice(c.regNum());
            BigDecimal latest = latestPrice(data, c);
            if (signed == null || latest == null || signed.signum() <= 0) {
                continue;
            }
            double increase = latest.subtract(signed)
                    .multiply(BigDecimal.valueOf(100))
                    .divide(signed, MathContext.DECIMAL64)
                    .doubleValue();
            if (increase > threshold) {
                out.accept(ContractFacts.flag(
                        INFO.id(),
                        c,
                        increase,
                        threshold,
                        "Цена контракта № " + c.regNum() + " с поставщиком " + ContractFacts.supplier(data, c)
                                + " увеличена изменениями с " + ContractFacts.money(signed) + " до "
                                + ContractFacts.money(latest) + " (на " + ContractFacts.percent(increase) + ").",
                        ContractFacts.documents(data, c)));
            }
        }
    }

    /**
     * The price after the latest amendment: the price of an amendment of a later version than the
     * contract version read, else the contract's own.
     */
    static BigDecimal latestPrice(Dataset data, Contract c) {
        BigDecimal price = c.price();
        int version = c.versionNumber();
        for (ContractChange change : data.changes(c.regNum())) {
            if (change.kind() == ContractChange.Kind.AMENDMENT
                    && change.price() != null
                    && change.version() > version) {
                price = change.price();
                version = change.version();
            }
        }
        return price;
    }
}
