package ru.probity.redflags.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import ru.probity.procurement.model.Bid;
import ru.probity.procurement.model.Contract;

/** {@code single_admitted}: two bids were submitted and only one was admitted (docs/red-flags.md). */
final class SingleAdmitted implements Indicator {

    private static final IndicatorInfo INFO = new IndicatorInfo(
            "single_admitted",
            "Допущена одна заявка из двух",
            "На конкурентную закупку подано две заявки, и комиссия допустила только одну: конкурент"
                    + " отсеян на рассмотрении, контракт заключён с единственным допущенным участником"
                    + " (44-ФЗ ст.71).",
            "ДОЗОРРО: единственный допущенный участник; 44-ФЗ ст.71",
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
            if (bids.size() != 2) {
                continue;
            }
            Bid admitted = null;
            List<Bid> rejected = new ArrayList<>(1);
            for (Bid bid : bids) {
                if (Competition.admitted(bid)) {
                    admitted = bid;
                } else {
                    rejected.add(bid);
                }
            }
            int admittedCount = bids.size() - rejected.size();
            if (admittedCount < 1 || admittedCount > threshold) {
                continue;
            }
            Bid other = rejected.getFirst();
            out.accept(Competition.flag(
                    INFO,
                    data,
                    c,
                    admittedCount,
                    threshold,
                    "На закупку № " + c.purchaseNumber() + " подано 2 заявки, допущена одна — "
                            + Competition.bidder(admitted) + "; заявка " + Competition.bidder(other)
                            + " отклонена"
                            + (other.rejectionReason() != null
                                    ? " («" + other.rejectionReason().strip() + "»)"
                                    : "")
                            + ". Контракт № " + c.regNum() + ".",
                    List.of()));
        }
    }
}
