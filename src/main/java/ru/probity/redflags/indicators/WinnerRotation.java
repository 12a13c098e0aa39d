package ru.probity.redflags.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import ru.probity.procurement.model.Bid;
import ru.probity.procurement.model.Contract;

/**
 * {@code winner_rotation}: the same set of at least two bidders met in at least <i>threshold</i>
 * competitive purchases of one customer, nobody else bid in them, and more than one of them won;
 * every contract of those purchases is flagged (docs/red-flags.md).
 */
final class WinnerRotation implements Indicator {

    private static final IndicatorInfo INFO = new IndicatorInfo(
            "winner_rotation",
            "Ротация победителей",
            "Одни и те же участники, и никто больше, раз за разом подают заявки на закупки одного"
                    + " заказчика и выигрывают по очереди: ФАС относит такую ротацию к признакам"
                    + " картельного сговора (135-ФЗ ст.11 ч.1 п.2).",
            "ФАС России: признаки картеля на торгах (ротация победителей); 135-ФЗ ст.11 ч.1 п.2",
            IndicatorInfo.Level.CONTRACT,
            3,
            0.5);

    /** One purchase of the group: its number, its contracts, its winner's INN. */
    private record Purchase(String number, List<Contract> contracts, String winner) {}

    @Override
    public IndicatorInfo info() {
        return INFO;
    }

    @Override
    public void evaluate(Dataset data, double threshold, Consumer<Flag> out) {
        Map<String, List<Contract>> byPurchase = new LinkedHashMap<>();
        for (Contract c : data.contracts()) {
            if (Competition.competitive(data, c)) {
                byPurchase
                        .computeIfAbsent(c.purchaseNumber(), k -> new ArrayList<>(1))
                        .add(c);
            }
        }
        Map<String, List<Purchase>> groups = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (Map.Entry<String, List<Contract>> e : byPurchase.entrySet()) {
            List<Bid> bids = data.bids(e.getKey());
            if (bids.size() < 2) {
                continue;
            }
            String[] bidders = new String[bids.size()];
            boolean named = true;
            for (int k = 0; k < bidders.length && named; k++) {
                bidders[k] = bids.get(k).inn();
                named = bidders[k] != null;
            }
            if (!named) {
                continue;
            }
            java.util.Arrays.sort(bidders);
            StringBuilder set = new StringBuilder(bidders.length * 13);
            int distinct = 0;
            for (int k = 0; k < bidders.length; k++) {
                if (k == 0 || !bidders[k].equals(bidders[k - 1])) {
                    set.append(distinct++ == 0 ? "" : ",").append(bidders[k]);
                }
            }
            if (distinct < 2) {
                continue;
            }
            Contract first = e.getValue().getFirst();
            if (first.customerInn() == null) {
                continue;
            }
            Bid winner = Competition.winner(bids, first);
            String winnerInn = winner != null ? winner.inn() : Dataset.supplierInn(first);
            if (winnerInn == null) {
                continue;
            }
            String key = first.customerInn() + "|" + set;
            List<Purchase> group = groups.get(key);
            if (group == null) {
                group = new ArrayList<>();
                groups.put(key, group);
                order.add(key);
            }
            group.add(new Purchase(e.getKey(), e.getValue(), winnerInn));
        }
        for (String key : order) {
            List<Purchase> group = groups.get(key);
            if (group.size() < threshold) {
                continue;
            }
            Set<String> winners = new LinkedHashSet<>();
            for (Purchase p : group) {
                winners.add(p.winner());
            }
            if (winners.size() < 2) {
                continue;
            }
            String bidders = key.substring(key.indexOf('|') + 1).replace(",", ", ");
            List<String> numbers = new ArrayList<>(group.size());
            for (Purchase p : group) {
                numbers.add(p.number() + " (победитель ИНН " + p.winner() + ")");
            }
            for (Purchase p : group) {
                for (Contract c : p.contracts()) {
                    List<String> others = new ArrayList<>();
                    for (Purchase q : group) {
                        if (q != p) {
                            others.add("notice:" + q.number());
                        }
                    }
                    out.accept(Competition.flag(
                            INFO,
                            data,
                            c,
                            group.size(),
                            threshold,
                            "Одни и те же участники (ИНН " + bidders + ") и никто больше подавали заявки на "
                                    + group.size() + " закупки заказчика ИНН " + c.customerInn()
                                    + " и выигрывали по очереди (победителей: " + winners.size() + "): "
                                    + String.join("; ", numbers) + ". Контракт № " + c.regNum() + ".",
                            others));
                }
            }
        }
    }
}
