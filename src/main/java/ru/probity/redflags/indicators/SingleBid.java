package ru.probity.redflags.indicators;

import java.util.List;
import java.util.function.Consumer;
import ru.probity.procurement.model.Bid;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.Notice;

/** {@code single_bid}: a competitive purchase that drew one bid (docs/red-flags.md). */
final class SingleBid implements Indicator {

    private static final IndicatorInfo INFO = new IndicatorInfo(
            "single_bid",
            "Единственная заявка",
            "На конкурентную закупку подана одна заявка: конкуренции не было, контракт заключён с"
                    + " единственным участником (44-ФЗ ст.52 ч.1, ст.71 — закупка признаётся несостоявшейся).",
            "Open Contracting, Red flags for integrity (Cardinal: «Single bid received»); DOZORRO",
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
            if (c.singleSupplier() || c.purchaseNumber() == null) {
                continue;
            }
            Notice notice = data.notice(c.purchaseNumber());
            if (notice != null && !notice.procedure().competitive()) {
                continue;
            }
            List<Bid> bids = data.bids(c.purchaseNumber());
            if (bids.isEmpty() || bids.size() > threshold) {
                continue;
            }
            out.accept(new Flag(
                    INFO.id(),
                    c.regNum(),
                    c.purchaseNumber(),
                    c.customerInn(),
                    Dataset.supplierInn(c),
                    bids.size(),
                    threshold,
                    "На закупку № " + c.purchaseNumber() + " подана одна заявка"
                            + (bids.getFirst().name() != null
                                    ? " («" + bids.getFirst().name() + "»)"
                                    : "")
                            + "; контракт № " + c.regNum() + " заключён с единственным участником.",
                    List.of("contract:" + c.regNum(), "notice:" + c.purchaseNumber())));
        }
    }
}
