package ru.probity.redflags.indicators;

import java.util.List;
import java.util.function.Consumer;
import ru.probity.procurement.model.Bid;
import ru.probity.procurement.model.Contract;

/** {@code single_bid}: a competitive purchase that drew one bid (docs/red-flags.md). */
final class SingleBid implements Indicator {

    private static final IndicatorInfo INFO = new IndicatorInfo(
            "single_bid",
            "Единственная заявка",
            "На конкурентную закупку подана одна заявка: конкуренции не было, контракт заключён с"
                    + " единственным участником (44-ФЗ ст.52 ч.1, ст.71 — закупка признаётся несостоявшейся).",
            "Партнёрство за открытость контрактов, индикаторы «Кардинал»: единственная заявка; ДОЗОРРО;"
                    + " 44-ФЗ ст.52 ч.1, ст.71",
            IndicatorInfo.Level.CONTRACT,
            1,
            0.3);

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
            if (bids.isEmpty() || bids.size() > threshold) {
                continue;
            }
            String who = bids.size() == 1 ? " (" + Competition.bidder(bids.getFirst()) + ")" : "";
            out.accept(Competition.flag(
                    INFO,
                    data,
                    c,
                    bids.size(),
                    threshold,
                    "На конкурентную закупку № " + c.purchaseNumber()
                            + (bids.size() == 1 ? " подана одна заявка" : " подано заявок: " + bids.size()) + who
                            + "; контракт № " + c.regNum() + " на "
                            + Competition.money(Competition.signedPrice(data, c))
                            + " заключён без конкуренции.",
                    List.of()));
        }
    }
}
