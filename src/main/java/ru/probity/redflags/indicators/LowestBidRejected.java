package ru.probity.redflags.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import ru.probity.procurement.model.Bid;
import ru.probity.procurement.model.Contract;

/**
 * {@code lowest_bid_rejected}: the lowest offer belongs to a rejected bid and the winner offered more
 * (docs/red-flags.md).
 */
final class LowestBidRejected implements Indicator {

    private static final IndicatorInfo INFO = new IndicatorInfo(
            "lowest_bid_rejected",
            "Отклонено самое низкое предложение",
            "Заявка с самой низкой ценой отклонена, а контракт заключён с участником, предложившим"
                    + " больше: заказчик переплачивает, отсеяв лучшее предложение.",
            "Партнёрство за открытость контрактов, индикаторы «Кардинал»: отклонено самое низкое предложение",
            IndicatorInfo.Level.CONTRACT,
            0,
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
            if (bids.size() < 2) {
                continue;
            }
            Bid lowest = null;
            for (Bid bid : bids) {
                if (bid.offer() != null
                        && bid.offer().signum() > 0
                        && (lowest == null || bid.offer().compareTo(lowest.offer()) < 0)) {
                    lowest = bid;
                }
            }
            if (lowest == null || !Boolean.FALSE.equals(lowest.admitted())) {
                continue;
            }
            Bid winner = Competition.winner(bids, c);
            if (winner == lowest) {
                continue;
            }
            BigDecimal paid =
                    winner != null && winner.offer() != null ? winner.offer() : Competition.signedPrice(data, c);
            if (paid == null || paid.compareTo(lowest.offer()) <= 0) {
                continue;
            }
            double over = Competition.percentOf(paid.subtract(lowest.offer()), lowest.offer());
            if (over <= threshold) {
                continue;
            }
            out.accept(Competition.flag(
                    INFO,
                    data,
                    c,
                    over,
                    threshold,
                    "На закупке № " + c.purchaseNumber() + " отклонена заявка с самой низкой ценой — "
                            + Competition.bidder(lowest) + ", " + Competition.money(lowest.offer())
                            + (lowest.rejectionReason() != null
                                    ? " («" + lowest.rejectionReason().strip() + "»)"
                                    : "")
                            + "; победитель"
                            + (winner != null ? " " + Competition.bidder(winner) : "")
                            + " предложил " + Competition.money(paid) + ", на "
                            + Competition.percent(over) + " больше. Контракт № " + c.regNum() + ".",
                    List.of()));
        }
    }
}
