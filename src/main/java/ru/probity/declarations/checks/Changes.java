package ru.probity.declarations.checks;

import static ru.probity.declarations.checks.Checks.area;
import static ru.probity.declarations.checks.Checks.key;
import static ru.probity.declarations.checks.Checks.label;
import static ru.probity.declarations.checks.Checks.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.probity.declarations.checks.DeclarationContent.GiftKind;
import ru.probity.declarations.checks.DeclarationContent.Person;
import ru.probity.declarations.checks.DeclarationContent.Relation;

/**
 * The checks that compare a declaration with the previous year's: real estate and vehicles that
 * appeared or disappeared (a disappearance explained by §7 when it can be), new holdings of §3.3,
 * §3.4, §3.5 and §5.2, §5.1 shares that are gone, §4 accounts and §6.2 obligations that appeared or
 * disappeared, a significant change of income; and the §4 inflows against the income of three years.
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
     * §3.3, §3.4, §3.5 and §5.2 holdings the person did not have the year before (by name and
     * operator; name and operator; name; kind and issuer — not by the number of units, which changes with every purchase). Like
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
            p.utilityRights()
                    .forEach(u -> out.putIfAbsent(
                            at + "3.4|" + key(u.name()) + "|" + key(u.operator()),
                            "раздел 3.4: " + u.name().strip() + " (оператор — "
                                    + u.operator().strip() + ")"));
            p.digitalCurrency()
                    .forEach(d -> out.putIfAbsent(
                            at + "3.5|" + key(d.name()),
                            "раздел 3.5: " + d.name().strip()));
            p.securities()
                    .forEach(s -> out.putIfAbsent(
                            at + "5.2|" + key(s.kind()) + "|" + key(s.issuer()),
                            "раздел 5.2: " + s.kind().strip() + ", "
                                    + s.issuer().strip()));
        }
        return out;
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /**
     * Who a person is, as the findings of these comparisons name him: the relation, and for a child
     * the first name too (a declaration may have several).
     */
    static String who(Person p) {
        return p.relation() == Relation.CHILD && p.firstName() != null
                ? label(p) + " " + p.firstName().strip()
                : label(p);
    }

    /** The same person in two declarations: the relation, and for a child the first name and birth date. */
    static boolean same(Person a, Person b) {
        if (a.relation() != b.relation()) {
            return false;
        }
        if (a.relation() != Relation.CHILD) {
            return true;
        }
        return key(a.firstName()).equals(key(b.firstName()))
                && (a.birthDate() == null
                        || b.birthDate() == null
                        || a.birthDate().equals(b.birthDate()));
    }

    /**
     * The income of every person of either declaration, before and after, with the change in percent
     * and whether it reaches {@code incomeChangePercent} (up or down). A person without income the
     * year before has no percent and no significant change to report.
     */
    static List<Checks.IncomeChange> incomes(
            DeclarationContent now, DeclarationContent before, Checks.Settings settings) {
        List<Checks.IncomeChange> out = new ArrayList<>();
        List<Person> left = new ArrayList<>(before.persons());
        for (Person p : now.persons()) {
            Person b = left.stream().filter(x -> same(p, x)).findFirst().orElse(null);
            if (b != null) {
                left.remove(b);
            }
            out.add(change(who(p), b == null ? null : b.income(), p.income(), settings));
        }
        for (Person b : left) {
            out.add(change(who(b), b.income(), null, settings));
        }
        return out;
    }

    private static Checks.IncomeChange change(
            String person, BigDecimal before, BigDecimal after, Checks.Settings settings) {
        if (before == null || after == null || before.signum() <= 0) {
            return new Checks.IncomeChange(person, before, after, null, false);
        }
        BigDecimal percent =
                after.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP);
        return new Checks.IncomeChange(
                person, before, after, percent, percent.abs().compareTo(settings.incomeChangePercent()) >= 0);
    }

    /**
     * {@code INCOME_CHANGE}: a person's income changed by at least the threshold against the
     * previous year — unless {@code INCOME_JUMP} already reports that person's growth.
     */
    static void incomeChange(
            DeclarationContent now, DeclarationContent before, Checks.Settings settings, List<Finding> findings) {
        Set<String> jumped = new HashSet<>();
        findings.stream()
                .filter(f -> f.rule() == Rule.INCOME_JUMP)
                .forEach(f -> jumped.add(f.args().getFirst()));
        for (Checks.IncomeChange c : incomes(now, before, settings)) {
            if (c.significant() && !jumped.contains(c.person())) {
                findings.add(Finding.of(
                        Rule.INCOME_CHANGE,
                        c.person(),
                        money(c.before()),
                        money(c.after()),
                        (c.percent().signum() > 0 ? "+" : "")
                                + c.percent().toPlainString().replace('.', ','),
                        settings.incomeChangePercent().stripTrailingZeros().toPlainString()));
            }
        }
    }

    /**
     * {@code SHARE_GONE}: a §5.1 share of the previous year's declaration (by INN, else OGRN, else
     * name) that no person of this one declares.
     */
    static void sharesGone(DeclarationContent now, DeclarationContent before, List<Finding> findings) {
        Set<String> kept = new HashSet<>();
        now.persons().forEach(p -> p.shares().forEach(s -> kept.add(Checks.shareKey(s))));
        for (Person p : before.persons()) {
            for (var s : p.shares()) {
                if (kept.add(Checks.shareKey(s))) {
                    findings.add(Finding.of(Rule.SHARE_GONE, who(p), s.company(), Checks.id(s)));
                }
            }
        }
    }

    /**
     * {@code ACCOUNT_APPEARED} / {@code ACCOUNT_DISAPPEARED}: §4 accounts per person by bank and
     * kind-and-currency (the balance changes every year and is not compared).
     */
    static void accounts(DeclarationContent now, DeclarationContent before, List<Finding> findings) {
        List<Item> gone = diff(accounts(before), accounts(now), Rule.ACCOUNT_APPEARED, findings);
        gone.forEach(i -> findings.add(Finding.of(Rule.ACCOUNT_DISAPPEARED, i.person(), i.text())));
    }

    private static Map<String, List<Item>> accounts(DeclarationContent c) {
        Map<String, List<Item>> out = new LinkedHashMap<>();
        for (Person p : c.persons()) {
            for (var a : p.accounts()) {
                String item = account(a);
                out.computeIfAbsent(who(p) + "|" + norm(a.bank()) + "|" + norm(a.currency()), k -> new ArrayList<>())
                        .add(new Item(who(p), item, null, d -> false));
            }
        }
        return out;
    }

    /** A name compared as typed: case, ё and runs of spaces ignored. */
    private static String norm(String text) {
        return key(text).replaceAll("\\s+", " ");
    }

    /** An account as the findings write it: bank, kind and currency, the day it was opened. */
    static String account(DeclarationContent.Account a) {
        return Objects.requireNonNullElse(a.bank(), "").strip() + ", "
                + Objects.requireNonNullElse(a.currency(), "").strip()
                + (a.openedOn() == null ? "" : ", открыт " + DAY.format(a.openedOn()));
    }

    /**
     * {@code OBLIGATION_APPEARED} / {@code OBLIGATION_DISAPPEARED}: §6.2 obligations per person by
     * the person's role, the other party and the content (the outstanding sum is not compared).
     */
    static void obligations(DeclarationContent now, DeclarationContent before, List<Finding> findings) {
        List<Item> gone = diff(obligations(before), obligations(now), Rule.OBLIGATION_APPEARED, findings);
        gone.forEach(i -> findings.add(Finding.of(Rule.OBLIGATION_DISAPPEARED, i.person(), i.text())));
    }

    private static Map<String, List<Item>> obligations(DeclarationContent c) {
        Map<String, List<Item>> out = new LinkedHashMap<>();
        for (Person p : c.persons()) {
            for (var o : p.obligations()) {
                String other = o.role() == DeclarationContent.ObligationRole.DEBTOR ? "кредитор" : "должник";
                String item = Objects.requireNonNullElse(o.content(), "").strip() + "; лицо — "
                        + (o.role() == null ? "" : o.role().label()) + ", " + other + " — "
                        + Objects.requireNonNullElse(o.party(), "").strip() + "; сумма обязательства "
                        + money(o.amount());
                out.computeIfAbsent(
                                who(p) + "|" + o.role() + "|" + norm(o.party()) + "|" + norm(o.content()),
                                k -> new ArrayList<>())
                        .add(new Item(who(p), item, null, d -> false));
            }
        }
        return out;
    }

    /**
     * {@code ACCOUNT_INFLOWS}: a §4 account whose inflows during the reporting period exceed the
     * income of the person and the spouse for the period and the two years before it — the case in
     * which the form asks for the inflows and a statement of the account's movements (footnote to §4
     * of Указ №460). For the declarant and the spouse that is the income of both; for a minor child
     * his own (his form has no spouse). Earlier years come from the history; years not on file count
     * as zero and are named.
     */
    static void inflows(
            DeclarationContent content, int year, Map<Integer, DeclarationContent> history, List<Finding> findings) {
        for (Person p : content.persons()) {
            List<DeclarationContent.Account> declared =
                    p.accounts().stream().filter(a -> a.inflows() != null).toList();
            if (declared.isEmpty()) {
                continue;
            }
            BigDecimal income = income(content, p);
            List<Integer> missing = new ArrayList<>();
            for (int y = year - 2; y < year; y++) {
                DeclarationContent earlier = history.get(y);
                if (earlier == null) {
                    missing.add(y);
                } else {
                    income = income.add(income(earlier, p));
                }
            }
            String years = (year - 2) + "–" + year;
            for (var a : declared) {
                if (a.inflows().compareTo(income) > 0) {
                    List<String> args =
                            new ArrayList<>(List.of(who(p), account(a), money(a.inflows()), money(income), years));
                    if (!missing.isEmpty()) {
                        args.add(String.join(
                                ", ", missing.stream().map(String::valueOf).toList()));
                    }
                    findings.add(new Finding(Rule.ACCOUNT_INFLOWS, args));
                }
            }
        }
    }

    /** The income the inflows of this person's accounts are compared with, in one declaration. */
    private static BigDecimal income(DeclarationContent c, Person p) {
        if (p.relation() == Relation.CHILD) {
            return c.children().stream()
                    .filter(x -> same(p, x))
                    .findFirst()
                    .map(Person::income)
                    .orElse(BigDecimal.ZERO);
        }
        return c.householdIncome();
    }
}
