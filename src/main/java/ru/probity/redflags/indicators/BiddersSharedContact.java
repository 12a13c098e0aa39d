package ru.probity.redflags.indicators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import ru.probity.procurement.model.Bid;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.Entrepreneur;

/**
 * {@code bidders_shared_contact}: two bidders of a purchase — one of them the winner when the winner
 * is known, else any two — share a phone, an e-mail or an address, as the protocols or the registers
 * give them (docs/red-flags.md).
 */
final class BiddersSharedContact implements Indicator {

    private static final IndicatorInfo INFO = new IndicatorInfo(
            "bidders_shared_contact",
            "Общие контакты участников",
            "Участники одной закупки указали один телефон, адрес электронной почты или адрес (по"
                    + " протоколам или реестрам ЕГРЮЛ/ЕГРИП): ФАС относит общие контакты к косвенным"
                    + " признакам сговора — заявки могли готовить одни лица.",
            "ФАС России: косвенные признаки сговора на торгах (общие контактные данные);"
                    + " Трансперенси Интернешнл — Р «Тендерскоп»",
            IndicatorInfo.Level.CONTRACT,
            1,
            0.5);

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
                    data,
                    bids,
                    Competition.winner(bids, c),
                    false,
                    bid -> contacts(data, bid),
                    BiddersSharedContact::shared);
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
                    "У участников закупки № " + c.purchaseNumber() + " общие контакты: " + String.join("; ", links)
                            + ". Контракт № " + c.regNum() + ".",
                    registers));
        }
    }

    /** The first contact the two share, as «телефон 84842000000», or null. */
    private static String shared(Map<String, String> a, Map<String, String> b) {
        for (Map.Entry<String, String> e : a.entrySet()) {
            if (b.containsKey(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The bidder's normalized contacts (key → the Russian words naming it), protocol and registers. */
    private static Map<String, String> contacts(Dataset data, Bid bid) {
        Map<String, String> map = new LinkedHashMap<>();
        phone(bid.phone(), map);
        email(bid.email(), map);
        address(bid.address(), map);
        Company company = data.company(bid.inn());
        if (company != null) {
            phone(company.phone(), map);
            email(company.email(), map);
            address(company.address(), map);
        }
        Entrepreneur entrepreneur = data.entrepreneur(bid.inn());
        if (entrepreneur != null) {
            email(entrepreneur.email(), map);
            address(entrepreneur.address(), map);
        }
        return map;
    }

    private static void phone(String phone, Map<String, String> map) {
        String digits = ru.probity.procurement.names.PersonMatcher.phoneDigits(phone);
        if (digits != null) {
            map.putIfAbsent("phone:" + digits, "телефон " + phone.strip());
        }
    }

    private static void email(String email, Map<String, String> map) {
        String key = ru.probity.procurement.names.PersonMatcher.normalizeEmail(email);
        if (key != null) {
            map.putIfAbsent("email:" + key, "электронная почта " + email.strip());
        }
    }

    private static void address(String address, Map<String, String> map) {
        String key = normalizeAddress(address);
        if (key != null && key.length() >= 10) {
            map.putIfAbsent("address:" + key, "адрес «" + address.strip() + "»");
        }
    }

    /** The project's address normalization (docs/red-flags.md: as for {@code supplier_mass_address}). */
    static String normalizeAddress(String address) {
        return Addresses.key(address);
    }
}
