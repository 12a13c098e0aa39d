package ru.probity.redflags.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.probity.platform.RussianFormats;
import ru.probity.procurement.model.Bid;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.Notice;
import ru.probity.procurement.model.Protocol;

/**
 * What the competition indicators share: which purchases are competitive, who won, the price as
 * signed, the documents behind a flag and the Russian wording of bidders, sums and percentages
 * (docs/red-flags.md, «Terms»).
 */
final class Competition {

    private Competition() {}

    /**
     * A competitive purchase: its notice's procedure is competitive; without a notice, the contract
     * has a purchase number, is not single-supplier and its purchase has protocols.
     */
    static boolean competitive(Dataset data, Contract c) {
        if (c.purchaseNumber() == null || c.singleSupplier()) {
            return false;
        }
        Notice notice = data.notice(c.purchaseNumber());
        if (notice != null && notice.procedure() != null) {
            return notice.procedure().competitive();
        }
        return !data.protocols(c.purchaseNumber()).isEmpty();
    }

    /**
     * The НМЦК of the purchase: of its latest notice, else of its first (a notice of a changed date
     * carries none); null when neither gives a positive one.
     */
    static BigDecimal maxPrice(Dataset data, String purchaseNumber) {
        Notice latest = data.notice(purchaseNumber);
        if (latest != null && latest.maxPrice() != null && latest.maxPrice().signum() > 0) {
            return latest.maxPrice();
        }
        Notice first = data.firstNotice(purchaseNumber);
        return first != null && first.maxPrice() != null && first.maxPrice().signum() > 0 ? first.maxPrice() : null;
    }

    /** A bid counts as admitted unless a protocol says it was not. */
    static boolean admitted(Bid bid) {
        return !Boolean.FALSE.equals(bid.admitted());
    }

    /**
     * The winning bid: the one marked winner, else the one rated first, else the bid of the
     * contract's supplier; null when none can be told.
     */
    static Bid winner(List<Bid> bids, Contract c) {
        for (Bid bid : bids) {
            if (bid.winner()) {
                return bid;
            }
        }
        for (Bid bid : bids) {
            if (bid.rating() != null && bid.rating() == 1) {
                return bid;
            }
        }
        String supplier = c == null ? null : Dataset.supplierInn(c);
        if (supplier != null) {
            for (Bid bid : bids) {
                if (supplier.equals(bid.inn())) {
                    return bid;
                }
            }
        }
        return null;
    }

    /** The price of the contract as signed (its earliest version), else its latest price. */
    static BigDecimal signedPrice(Dataset data, Contract c) {
        BigDecimal signed = data.signedPrice(c.regNum());
        return signed != null ? signed : c.price();
    }

    /** The contracts of each purchase, by purchase number, in the order read. */
    static Map<String, List<Contract>> byPurchase(Dataset data) {
        Map<String, List<Contract>> map = new HashMap<>();
        for (Contract c : data.contracts()) {
            if (c.purchaseNumber() != null) {
                map.computeIfAbsent(c.purchaseNumber(), k -> new ArrayList<>(1)).add(c);
            }
        }
        return map;
    }

    /** The documents behind a flag on a contract: the contract, the notice and the protocols. */
    static List<String> documents(Dataset data, Contract c) {
        List<String> docs = new ArrayList<>();
        docs.add("contract:" + c.regNum());
        if (c.purchaseNumber() != null) {
            if (data.notice(c.purchaseNumber()) != null) {
                docs.add("notice:" + c.purchaseNumber());
            }
            for (Protocol p : data.protocols(c.purchaseNumber())) {
                if (p.protocolNumber() != null) {
                    docs.add("protocol:" + c.purchaseNumber() + "/" + p.protocolNumber());
                }
            }
        }
        return docs;
    }

    /** A flag on a contract with the documents of its purchase. */
    static Flag flag(
            IndicatorInfo info,
            Dataset data,
            Contract c,
            double value,
            double threshold,
            String explanation,
            List<String> extraDocuments) {
        List<String> docs = documents(data, c);
        docs.addAll(extraDocuments);
        return new Flag(
                info.id(),
                c.regNum(),
                c.purchaseNumber(),
                c.customerInn(),
                Dataset.supplierInn(c),
                value,
                threshold,
                explanation,
                docs);
    }

    /**
     * The pairs of a purchase's bids that {@code link} ties — with the winner in every pair when the
     * winner is known, never two bids of one INN, and with both INNs known when {@code innsRequired} —
     * as «A и B — what», and the register extracts ({@code egrul:}/{@code egrip:}) of the bidders tied.
     * {@code facts} is computed once per bid.
     */
    static <T> LinkedPairs linkedPairs(
            Dataset data,
            List<Bid> bids,
            Bid winner,
            boolean innsRequired,
            java.util.function.Function<Bid, T> facts,
            java.util.function.BiFunction<T, T, String> link) {
        List<T> known = new ArrayList<>(bids.size());
        for (Bid bid : bids) {
            known.add(facts.apply(bid));
        }
        List<String> links = new ArrayList<>();
        List<String> registers = new ArrayList<>();
        for (int i = 0; i < bids.size(); i++) {
            for (int j = i + 1; j < bids.size(); j++) {
                Bid a = bids.get(i);
                Bid b = bids.get(j);
                if (winner != null && a != winner && b != winner) {
                    continue;
                }
                if (innsRequired && (a.inn() == null || b.inn() == null)
                        || a.inn() != null && a.inn().equals(b.inn())) {
                    continue;
                }
                String what = link.apply(known.get(i), known.get(j));
                if (what != null) {
                    links.add(bidder(a) + " и " + bidder(b) + " — " + what);
                    register(data, a, registers);
                    register(data, b, registers);
                }
            }
        }
        return new LinkedPairs(links, registers);
    }

    /** What {@link #linkedPairs} found: the pairs in words and the bidders' register extracts. */
    record LinkedPairs(List<String> links, List<String> registers) {}

    private static void register(Dataset data, Bid bid, List<String> registers) {
        String ref = data.company(bid.inn()) != null
                ? "egrul:" + bid.inn()
                : data.entrepreneur(bid.inn()) != null ? "egrip:" + bid.inn() : null;
        if (ref != null && !registers.contains(ref)) {
            registers.add(ref);
        }
    }

    /** A bidder as officers read it: «ООО «Ромашка» (ИНН 4027000000)», else the bid's number. */
    static String bidder(Bid bid) {
        StringBuilder s = new StringBuilder();
        if (bid.name() != null && !bid.name().isBlank()) {
            s.append("«").append(bid.name().strip()).append("»");
        }
        if (bid.inn() != null) {
            s.append(s.isEmpty() ? "" : " ").append("(ИНН ").append(bid.inn()).append(")");
        }
        if (s.isEmpty()) {
            s.append("заявка № ").append(bid.journalNumber() == null ? "—" : bid.journalNumber());
        }
        return s.toString();
    }

    /**
     * A sum in roubles as {@link RussianFormats#money(BigDecimal)} writes it ({@code 1 086 154,00 ₽}),
     * without a {@code DecimalFormat} per call: the engine words hundreds of thousands of flags.
     */
    static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        String plain = amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String whole = digits.substring(0, dot);
        StringBuilder s = new StringBuilder(whole.length() + 8);
        if (negative) {
            s.append('−');
        }
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                s.append('\u00a0');
            }
            s.append(whole.charAt(i));
        }
        return s.append(',')
                .append(digits, dot + 1, digits.length())
                .append("\u00a0₽")
                .toString();
    }

    /** A percentage with at most two decimals and a decimal comma: «12,5 %». */
    static String percent(double value) {
        BigDecimal rounded =
                BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.scale() < 0) {
            rounded = rounded.setScale(0, RoundingMode.UNNECESSARY);
        }
        return rounded.toPlainString().replace('.', ',') + "\u00a0%";
    }

    /** {@code difference / base × 100}, rounded to six decimals. */
    static double percentOf(BigDecimal difference, BigDecimal base) {
        double percent = difference.doubleValue() * 100 / base.doubleValue();
        return Math.round(percent * 1e6) / 1e6;
    }

    /** Upper case without «ё» and extra blanks: the key of a name. */
    static String nameKey(String name) {
        if (name == null) {
            return null;
        }
        String key = name.strip().toUpperCase(Locale.ROOT).replace('Ё', 'Е').replaceAll("\\s+", " ");
        return key.isEmpty() ? null : key;
    }
}
