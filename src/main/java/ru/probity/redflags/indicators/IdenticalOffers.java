package ru.probity.redflags.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import ru.probity.procurement.model.Bid;
import ru.probity.procurement.model.Contract;

/**
 * {@code identical_offers}: two bids offered prices that differ by at most <i>threshold</i> percent,
 * offers equal to the НМЦК left out (docs/red-flags.md).
 */
final class IdenticalOffers implements Indicator {

    private static final IndicatorInfo INFO = new IndicatorInfo(
            "identical_offers",
            "Совпадающие ценовые предложения",
            "Два участника закупки предложили одинаковые или почти одинаковые цены (разница не больше"
                    + " порога, предложения, равные НМЦК, не учитываются): ФАС относит совпадение"
                    + " предложений к признакам согласованных действий участников.",
            "ФАС России: косвенные признаки сговора на торгах (идентичные ценовые предложения)",
            IndicatorInfo.Level.CONTRACT,
            0.1,
            0.4);

    @Override
    public IndicatorInfo info() {
        return INFO;
    }

    @Override
    public void evaluate(Dataset data, double threshold, Consumer<Flag> out) {
        for (Contract c : data.contracts()) {
            if (!Competition.competitive(data, c)) {
                continue;
            }
            List<Bid> bids = data.bids(c.purchaseNumber());
            if (bids.size() < 2) {
                continue;
            }
            BigDecimal max = Competition.maxPrice(data, c.purchaseNumber());
            List<Bid> priced = new ArrayList<>(bids.size());
            for (Bid bid : bids) {
                if (bid.offer() != null
                        && bid.offer().signum() > 0
                        && (max == null || bid.offer().compareTo(max) != 0)) {
                    priced.add(bid);
                }
            }
            if (priced.size() < 2) {
                continue;
            }
            priced.sort(Comparator.comparing(Bid::offer));
            double smallest = Double.MAX_VALUE;
            Bid first = null;
            Bid second = null;
            for (int i = 1; i < priced.size(); i++) {
                Bid a = priced.get(i - 1);
                Bid b = priced.get(i);
                if (a.inn() != null && a.inn().equals(b.inn())) {
                    continue;
                }
                double difference = Competition.percentOf(b.offer().subtract(a.offer()), a.offer());
                if (difference < smallest) {
                    smallest = difference;
                    first = a;
                    second = b;
                }
            }
            if (first == null || smallest > threshold) {
                continue;
            }
            out.accept(Competition.flag(
                    INFO,
                    data,
                    c,
                    smallest,
                    threshold,
                    "На закупке № " + c.purchaseNumber() + " участники " + Competition.bidder(first) + " и "
                            + Competition.bidder(second) + " предложили " + Competition.money(first.offer())
                            + " и " + Competition.money(second.offer()) + " (разница "
                            + Competition.percent(smallest) + "). Контракт № " + c.regNum() + ".",
                    List.of()));
        }
    }
}
