package ru.probity.redflags.indicators;

import java.util.List;
import java.util.function.Consumer;
import ru.probity.procurement.model.Bid;
import ru.probity.procurement.model.Contract;

/**
 * {@code all_but_winner_rejected}: at least <i>threshold</i> bids, and every bid but the winner's
 * was rejected (docs/red-flags.md).
 */
final class AllButWinnerRejected implements Indicator {

    private static final IndicatorInfo INFO = new IndicatorInfo(
            "all_but_winner_rejected",
            "Отклонены все заявки, кроме победителя",
            "На конкурентную закупку подано несколько заявок, и все, кроме заявки победителя, отклонены:"
                    + " ФАС относит отклонение всех конкурентов к косвенным признакам сговора заказчика"
                    + " с участником.",
            "ФАС России: косвенные признаки сговора (необоснованное отклонение заявок конкурентов)",
            IndicatorInfo.Level.CONTRACT,
            3,
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
            if (bids.size() < 2 || bids.size() < threshold) {
                continue;
            }
            Bid winner = Competition.winner(bids, c);
            if (winner == null || !Competition.admitted(winner)) {
                continue;
            }
            boolean othersRejected = true;
            for (Bid bid : bids) {
                if (bid != winner && !Boolean.FALSE.equals(bid.admitted())) {
                    othersRejected = false;
                    break;
                }
            }
            if (!othersRejected) {
                continue;
            }
            out.accept(Competition.flag(
                    INFO,
                    data,
                    c,
                    bids.size(),
                    threshold,
                    "На закупку № " + c.purchaseNumber() + " подано заявок: " + bids.size()
                            + "; отклонены все, кроме заявки победителя " + Competition.bidder(winner)
                            + " (отклонено: " + (bids.size() - 1) + "). Контракт № " + c.regNum() + ".",
                    List.of()));
        }
    }
}
