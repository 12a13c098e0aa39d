package ru.probity.declarations.checks;

import static ru.probity.declarations.checks.Checks.area;
import static ru.probity.declarations.checks.Checks.key;
import static ru.probity.declarations.checks.Checks.label;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.probity.declarations.checks.DeclarationContent.GiftKind;
import ru.probity.declarations.checks.DeclarationContent.Person;

/**
 * The checks that compare a declaration with the previous year's: real estate and vehicles that
 * appeared or disappeared (a disappearance explained by §7 when it can be), and new holdings of
 * §3.3, §3.4 and §5.2.
 */
final class Changes {

    private Changes() {}

    /**
     * Real estate and vehicles against the previous year, per person. A disappeared object that the
     * person lists in §7 as given away free of charge still is a finding — a gift to a relative may
     * keep the property in the family, so the officer looks at the recipient — but its explanation
     * names the recipient and the basis instead of asking for the sale's income in §1.
     */
    static void estatesAndVehicles(DeclarationContent now, DeclarationContent before, List<Finding> findings) {
        Map<String, List<DeclarationContent.Gift>> gifts = new LinkedHashMap<>();
        now.persons()
                .forEach(p ->
                        gifts.computeIfAbsent(label(p), k -> new ArrayList<>()).addAll(p.gifts()));
        List<Item> goneEstates = diff(estates(before), estates(now), Rule.ESTATE_APPEARED, findings);
        List<Item> goneVehicles = diff(vehicles(before), vehicles(now), Rule.VEHICLE_APPEARED, findings);
        gone(goneEstates, Rule.ESTATE_DISAPPEARED, gifts, findings);
        gone(goneVehicles, Rule.VEHICLE_DISAPPEARED, gifts, findings);
    }

    /**
     * An object of §3.1 or §3.2 as the comparison sees it: whose (the relation), how it is written,
     * the §7 kind it would be given away as, and whether a §7 description names it.
     */
    private record Item(String person, String text, GiftKind given, Predicate<String> named) {}

    /**
     * Items by a key that survives re-typing (kind, area, country; kind, make); the appeared ones
     * become findings, the disappeared ones are returned.
     */
    private static List<Item> diff(
            Map<String, List<Item>> before, Map<String, List<Item>> now, Rule appeared, List<Finding> findings) {
        List<Item> gone = new ArrayList<>();
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(now.keySet());
        for (String k : keys) {
            List<Item> b = before.getOrDefault(k, List.of());
            List<Item> n = now.getOrDefault(k, List.of());
            for (int i = b.size(); i < n.size(); i++) {
                findings.add(Finding.of(appeared, n.get(i).person(), n.get(i).text()));
            }
            gone.addAll(b.subList(Math.min(n.size(), b.size()), b.size()));
        }
        return gone;
    }

    /**
     * Findings for disappeared items, each explained by a §7 row of the same person and kind when
     * there is one: first a row whose description names the object (its area; its make), then —
     * when the person has just one unexplained object and one unused row of that kind left — that
     * row. Each §7 row explains one object.
     */
    private static void gone(
            List<Item> items, Rule rule, Map<String, List<DeclarationContent.Gift>> gifts, List<Finding> findings) {
        Map<Item, DeclarationContent.Gift> given = new IdentityHashMap<>();
        for (Item item : items) {
            List<DeclarationContent.Gift> rows = gifts.getOrDefault(item.person(), new ArrayList<>());
            rows.stream()
                    .filter(g -> g.kind() == item.given() && item.named().test(g.description()))
                    .findFirst()
                    .ifPresent(g -> {
                        given.put(item, g);
                        rows.remove(g);
                    });
        }
        for (Item item : items) {
            if (given.containsKey(item)) {
                continue;
            }
            List<DeclarationContent.Gift> rows = gifts.getOrDefault(item.person(), new ArrayList<>());
            List<DeclarationContent.Gift> left =
                    rows.stream().filter(g -> g.kind() == item.given()).toList();
            long unexplained = items.stream()
                    .filter(i -> !given.containsKey(i) && i.person().equals(item.person()) && i.given() == item.given())
                    .count();
            if (left.size() == 1 && unexplained == 1) {
                given.put(item, left.getFirst());
                rows.remove(left.getFirst());
            }
        }
        for (Item item : items) {
            DeclarationContent.Gift g = given.get(item);
            findings.add(
                    g == null
                            ? Finding.of(rule, item.person(), item.text())
                            : Finding.of(rule, item.person(), item.text(), g.recipient(), g.basis()));
        }
    }

    private static Map<String, List<Item>> estates(DeclarationContent c) {
        Map<String, List<Item>> out = new LinkedHashMap<>();
        for (Person p : c.persons()) {
            for (var e : p.realEstate()) {
                String item = e.kind().label() + ", " + area(e.area()) + " кв. м, "
                        + e.country().strip();
                GiftKind given = e.kind() == DeclarationContent.EstateKind.LAND ? GiftKind.LAND : GiftKind.REAL_ESTATE;
                out.computeIfAbsent(label(p) + "|" + key(item), k -> new ArrayList<>())
                        .add(new Item(label(p), item, given, d -> mentions(d, e.area())));
            }
        }
        return out;
    }

    private static Map<String, List<Item>> vehicles(DeclarationContent c) {
        Map<String, List<Item>> out = new LinkedHashMap<>();
        for (Person p : c.persons()) {
            for (var v : p.vehicles()) {
                String make = v.make().strip().replaceAll("\\s+", " ");
                String item = v.kind().label() + ", " + make;
                out.computeIfAbsent(label(p) + "|" + key(item), k -> new ArrayList<>())
                        .add(new Item(
                                label(p), item, GiftKind.VEHICLE, d -> d != null && words(d).contains(words(make))));
            }
        }
        return out;
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");

    /** Whether a text names an area: one of its numbers (spaces between thousands allowed) equals it. */
    static boolean mentions(String text, BigDecimal area) {
        if (text == null || area == null) {
            return false;
        }
        Matcher m = NUMBER.matcher(text.replaceAll("(?<=\\d)[\\s\u00A0](?=\\d{3}(?!\\d))", ""));
        while (m.find()) {
            if (new BigDecimal(m.group().replace(',', '.')).compareTo(area) == 0) {
                return true;
            }
        }
        return false;
    }

    private static String words(String text) {
        return " " + key(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
    }

    /**
     * §3.3, §3.4 and §5.2 holdings the person did not have the year before (by name and operator;
     * name; kind and issuer — not by the number of units, which changes with every purchase). Like
     * new real estate, an acquisition to trace to its money; unlike §5.1 shares, not a tie to a
     * company that procurement would follow (a bondholder is no beneficiary under 44-ФЗ ст.31).
     * Without a previous declaration there is nothing to compare with, so nothing is found.
     */
    static void holdings(DeclarationContent now, DeclarationContent before, List<Finding> findings) {
        Map<String, String> known = holdings(before);
        holdings(now).forEach((k, item) -> {
            if (!known.containsKey(k)) {
                findings.add(Finding.of(Rule.HOLDING_NEW, k.substring(0, k.indexOf('|')), item));
            }
        });
    }

    /** Each holding by person and key, with how it is written. */
    private static Map<String, String> holdings(DeclarationContent c) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Person p : c.persons()) {
            String at = label(p) + "|";
            p.digitalAssets()
                    .forEach(a -> out.putIfAbsent(
                            at + "3.3|" + key(a.name()) + "|" + key(a.operator()),
                            "раздел 3.3: " + a.name().strip() + " (оператор — "
                                    + a.operator().strip() + ")"));
            p.digitalCurrency()
                    .forEach(d -> out.putIfAbsent(
                            at + "3.4|" + key(d.name()),
                            "раздел 3.4: " + d.name().strip()));
            p.securities()
                    .forEach(s -> out.putIfAbsent(
                            at + "5.2|" + key(s.kind()) + "|" + key(s.issuer()),
                            "раздел 5.2: " + s.kind().strip() + ", "
                                    + s.issuer().strip()));
        }
        return out;
    }
}
