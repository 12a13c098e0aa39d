package ru.probity.redflags.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import ru.probity.procurement.model.Bid;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.CompanyRole;
import ru.probity.procurement.model.CompanyShare;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.PersonLink;
import ru.probity.procurement.model.PersonName;

/**
 * {@code bidders_shared_person}: two bidders of a purchase — one of them the winner when the winner
 * is known, else any two — share a director or a founder (ЕГРЮЛ), by INN when both records give it,
 * else by full name; an entrepreneur bidder is the person itself (docs/red-flags.md).
 */
final class BiddersSharedPerson implements Indicator {

    private static final IndicatorInfo INFO = new IndicatorInfo(
            "bidders_shared_person",
            "Общий руководитель или учредитель участников",
            "У участников одной закупки один руководитель или учредитель (по ЕГРЮЛ/ЕГРИП): такие"
                    + " участники входят в одну группу лиц и не соперничают — их «конкуренция» только"
                    + " видимость (135-ФЗ ст.9).",
            "ФАС России: косвенные признаки сговора на торгах; 135-ФЗ ст.9 (группа лиц)",
            IndicatorInfo.Level.CONTRACT,
            1,
            0.6);

    /** A person (or a founding company) tied to a bidder. */
    private record Tie(String inn, String name, String shown, String role, boolean company) {

        boolean same(Tie other) {
            if (company != other.company) {
                return false;
            }
            if (inn != null && other.inn != null) {
                return inn.equals(other.inn);
            }
            return name != null && name.equals(other.name);
        }
    }

    @Override
    public IndicatorInfo info() {
        return INFO;
    }

    @Override
    public void evaluate(Dataset data, double threshold, Consumer<Flag> out) {
        for (Contract c : data.contracts()) {
            if (c.purchaseNumber() == null) {
                continue;
            }
            List<Bid> bids = data.bids(c.purchaseNumber());
            if (bids.size() < 2) {
                continue;
            }
            Competition.LinkedPairs pairs = Competition.linkedPairs(
                    data, bids, Competition.winner(bids, c), true, bid -> ties(data, bid), BiddersSharedPerson::link);
            List<String> links = pairs.links();
            List<String> registers = pairs.registers();
            if (links.isEmpty() || links.size() < threshold) {
                continue;
            }
            out.accept(Competition.flag(
                    INFO,
                    data,
                    c,
                    links.size(),
                    threshold,
                    "У участников закупки № " + c.purchaseNumber() + " общие лица: " + String.join("; ", links)
                            + ". Контракт № " + c.regNum() + ".",
                    registers));
        }
    }

    private static String link(List<Tie> a, List<Tie> b) {
        for (Tie x : a) {
            for (Tie y : b) {
                if (x.same(y)) {
                    return x.shown() + " (" + x.role() + " / " + y.role() + ")";
                }
            }
        }
        return null;
    }

    /** The bidder's current directors and founders (people and companies); the entrepreneur itself. */
    private static List<Tie> ties(Dataset data, Bid bid) {
        List<Tie> ties = new ArrayList<>();
        Company company = data.company(bid.inn());
        if (company != null) {
            for (PersonLink p : company.people()) {
                if (p.until() != null || p.role() == CompanyRole.BOARD_MEMBER) {
                    continue;
                }
                String role = p.role() == CompanyRole.FOUNDER ? "учредитель" : "руководитель";
                ties.add(person(p.inn(), p.name(), role));
            }
            for (CompanyShare f : company.founders()) {
                if (f.until() == null && (f.inn() != null || f.name() != null)) {
                    ties.add(new Tie(
                            f.inn(),
                            Competition.nameKey(f.name()),
                            "«" + (f.name() == null ? f.inn() : f.name().strip()) + "»"
                                    + (f.inn() != null ? " (ИНН " + f.inn() + ")" : ""),
                            "учредитель",
                            true));
                }
            }
            return ties;
        }
        Entrepreneur entrepreneur = data.entrepreneur(bid.inn());
        if (entrepreneur != null) {
            ties.add(person(entrepreneur.inn(), entrepreneur.name(), "индивидуальный предприниматель"));
        } else if (bid.inn() != null && bid.inn().length() == 12) {
            ties.add(new Tie(bid.inn(), null, "ИНН " + bid.inn(), "индивидуальный предприниматель", false));
        }
        return ties;
    }

    private static Tie person(String inn, PersonName name, String role) {
        String shown = name == null ? "ИНН " + inn : name + (inn != null ? " (ИНН " + inn + ")" : "");
        return new Tie(inn, name == null ? null : Competition.nameKey(name.toString()), shown, role, false);
    }
}
