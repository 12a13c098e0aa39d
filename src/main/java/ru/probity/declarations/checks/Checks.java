package ru.probity.declarations.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import ru.probity.declarations.checks.DeclarationContent.Person;
import ru.probity.declarations.checks.DeclarationContent.Relation;

/**
 * The checks of a declaration against the people registry and the declarant's own earlier
 * declarations (docs/declarations.md lists the rules and their norms).
 */
public final class Checks {

    /** A spouse or child of the declarant as the people registry knows him. */
    public record KnownRelative(
            Relation relation, String lastName, String firstName, String middleName, LocalDate birthDate) {}

    /**
     * @param incomeJumpFactor income growing more than this many times against the previous year is a finding
     * @param incomeChangePercent a change of a person's income by at least this many percent (up or down)
     *     against the previous year is significant: a finding, and marked on the year-over-year page (the
     *     law sets no figure; 50 by default)
     * @param minorChildrenFrom the 230-ФЗ comparison counts the income of the minor children too for the
     *     reporting periods that begin on or after this date; null: never (230-ФЗ ст.3 ч.1 as written —
     *     the declarant and the spouse; the 2026 amendment that reportedly adds the children is not
     *     confirmed, DOMAIN.md)
     */
    public record Settings(BigDecimal incomeJumpFactor, BigDecimal incomeChangePercent, LocalDate minorChildrenFrom) {
        public static final Settings DEFAULT = new Settings(BigDecimal.valueOf(3), BigDecimal.valueOf(50), null);

        /** The thresholds with the comparison of 230-ФЗ ст.3 as written (declarant and spouse). */
        public Settings(BigDecimal incomeJumpFactor, BigDecimal incomeChangePercent) {
            this(incomeJumpFactor, incomeChangePercent, null);
        }

        /** The income-jump factor with the default threshold of a significant change. */
        public Settings(BigDecimal incomeJumpFactor) {
            this(incomeJumpFactor, DEFAULT.incomeChangePercent());
        }

        /**
         * Whether the 230-ФЗ comparison of a reporting year counts the minor children's income: only
         * when the whole period falls under the text that counts them (the period begins on or after
         * {@link #minorChildrenFrom}), so no deal is judged by a rule that came into force after it.
         */
        public boolean countsMinorChildren(int year) {
            return minorChildrenFrom != null && !minorChildrenFrom.isAfter(LocalDate.of(year, 1, 1));
        }
    }

    private Checks() {}

    /**
     * @param year the reporting year
     * @param history earlier declarations of the declarant by reporting year (the current version of each)
     */
    public static List<Finding> check(
            DeclarationContent content,
            int year,
            Map<Integer, DeclarationContent> history,
            List<KnownRelative> registry,
            Settings settings) {
        List<Finding> findings = new ArrayList<>();
        family(content, year, registry, findings);
        DeclarationContent previous = history.get(year - 1);
        if (previous != null) {
            findings.addAll(compare(content, previous, settings));
        } else {
            content.persons()
                    .forEach(p -> p.shares()
                            .forEach(s -> findings.add(Finding.of(Rule.SHARE_NEW, label(p), s.company(), id(s)))));
        }
        Changes.inflows(content, year, history, findings);
        expenseControl(content, year, history, settings, findings);
        coverage(content, previous, findings);
        return findings;
    }

    /**
     * What changed between two declarations of the same declarant, per person: real estate,
     * vehicles, accounts, shares, other holdings and obligations that appeared or disappeared, and
     * the income (a jump beyond the factor, else a significant change). Used by the checks against
     * the previous year and by the year-over-year page for any two years.
     */
    public static List<Finding> compare(DeclarationContent now, DeclarationContent before, Settings settings) {
        List<Finding> findings = new ArrayList<>();
        Changes.estatesAndVehicles(now, before, findings);
        incomeJump(now, before, settings, findings);
        Changes.incomeChange(now, before, settings, findings);
        shares(now, before, findings);
        Changes.sharesGone(now, before, findings);
        Changes.holdings(now, before, findings);
        Changes.accounts(now, before, findings);
        Changes.obligations(now, before, findings);
        return findings;
    }

    /** The income of each person of either declaration, before and after (see {@link Changes#incomes}). */
    public static List<IncomeChange> incomes(DeclarationContent now, DeclarationContent before, Settings settings) {
        return Changes.incomes(now, before, settings);
    }

    /**
     * The income of one person in two declarations.
     *
     * @param person who the person is (the relation, a child's first name)
     * @param before the income of the earlier declaration, null when the person is not in it
     * @param after the income of the later declaration, null when the person is not in it
     * @param percent the change in percent (one decimal, signed), null when there is nothing to divide by
     * @param significant whether the change reaches the threshold of the settings
     */
    public record IncomeChange(
            String person, BigDecimal before, BigDecimal after, BigDecimal percent, boolean significant) {}

    private static void family(
            DeclarationContent content, int year, List<KnownRelative> registry, List<Finding> findings) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        for (KnownRelative known : registry) {
            boolean minorChild = known.relation() == Relation.CHILD
                    && (known.birthDate() == null
                            || known.birthDate().plusYears(18).isAfter(yearEnd)
                                    && !known.birthDate().isAfter(yearEnd));
            if (known.relation() != Relation.SPOUSE && !minorChild) {
                continue;
            }
            boolean declared = content.persons().stream()
                    .anyMatch(p -> p.relation() == known.relation()
                            && key(p.lastName()).equals(key(known.lastName()))
                            && key(p.firstName()).equals(key(known.firstName())));
            if (!declared) {
                findings.add(Finding.of(
                        Rule.FAMILY_MISSING,
                        known.relation().label(),
                        known.lastName() + " " + known.firstName()
                                + (known.middleName() == null ? "" : " " + known.middleName())));
            }
        }
    }

    private static void incomeJump(
            DeclarationContent now, DeclarationContent before, Settings settings, List<Finding> findings) {
        for (Person p : now.persons()) {
            if (p.relation() == Relation.CHILD) {
                continue;
            }
            BigDecimal previous = before.persons().stream()
                    .filter(b -> b.relation() == p.relation())
                    .findFirst()
                    .map(Person::income)
                    .orElse(null);
            if (previous != null
                    && previous.signum() > 0
                    && p.income().compareTo(previous.multiply(settings.incomeJumpFactor())) > 0) {
                findings.add(Finding.of(
                        Rule.INCOME_JUMP,
                        label(p),
                        money(previous),
                        money(p.income()),
                        p.income().divide(previous, 1, RoundingMode.HALF_UP).toPlainString(),
                        settings.incomeJumpFactor().stripTrailingZeros().toPlainString()));
            }
        }
    }

    private static void shares(DeclarationContent now, DeclarationContent before, List<Finding> findings) {
        Set<String> known = new java.util.HashSet<>();
        before.persons().forEach(p -> p.shares().forEach(s -> known.add(shareKey(s))));
        for (Person p : now.persons()) {
            for (var s : p.shares()) {
                if (!known.contains(shareKey(s))) {
                    findings.add(Finding.of(Rule.SHARE_NEW, label(p), s.company(), id(s)));
                }
            }
        }
    }

    /**
     * A share's company by INN, else OGRN, else the name with its legal form: the legal form is its
     * own column since the form as amended, and a name written «ООО Ромашка» in one year and
     * «Ромашка» with the legal form «ООО» in the next is one company.
     */
    static String shareKey(DeclarationContent.Share s) {
        String name = s.legalForm() == null || s.legalForm().isBlank()
                ? s.company()
                : s.legalForm().strip() + " "
                        + (s.company() == null ? "" : s.company().strip());
        return s.inn() != null && !s.inn().isBlank()
                ? "inn:" + s.inn()
                : s.ogrn() != null && !s.ogrn().isBlank() ? "ogrn:" + s.ogrn() : "name:" + key(name);
    }

    static String id(DeclarationContent.Share s) {
        return s.inn() != null && !s.inn().isBlank() ? "ИНН " + s.inn() : "ОГРН " + s.ogrn();
    }

    /**
     * What 230-ФЗ ст.3 ч.1 compares the period's deals with: the income of the declarant and the
     * spouse (and of the minor children when {@link Settings#countsMinorChildren} says so) for the
     * three years preceding the reporting period, from the declarations on file; a year not on file
     * counts as zero.
     */
    public static BigDecimal threeYearIncome(int year, Map<Integer, DeclarationContent> history, Settings settings) {
        boolean children = settings.countsMinorChildren(year);
        BigDecimal total = BigDecimal.ZERO;
        for (int y = year - 3; y < year; y++) {
            DeclarationContent earlier = history.get(y);
            if (earlier != null) {
                total = total.add(earlier.householdIncome(children));
            }
        }
        return total;
    }

    /** The total of the period's §2 deals of the declarant, the spouse and the minor children. */
    public static BigDecimal dealsTotal(DeclarationContent content) {
        return content.persons().stream().map(Person::expensesTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Whether the total of the period's deals exceeds the three years' income ({@link
     * #threeYearIncome}): the ground of expense control, and what makes Указ №613 п.2 «г» publish the
     * deals' sources of funds.
     */
    public static boolean dealsAboveIncome(
            DeclarationContent content, int year, Map<Integer, DeclarationContent> history, Settings settings) {
        BigDecimal total = dealsTotal(content);
        return total.signum() > 0 && total.compareTo(threeYearIncome(year, history, settings)) > 0;
    }

    /**
     * 230-ФЗ ст.3 ч.1: the total of the deals of the reporting period made by the declarant, the
     * spouse and the minor children, against the combined income of the declarant and the spouse for
     * the three years preceding the reporting period — the total, not each deal. The finding names
     * each deal summed. Years not on file count as zero and are named.
     */
    private static void expenseControl(
            DeclarationContent content,
            int year,
            Map<Integer, DeclarationContent> history,
            Settings settings,
            List<Finding> findings) {
        boolean anyDeal = content.persons().stream().anyMatch(p -> !p.expenses().isEmpty());
        if (!anyDeal) {
            return;
        }
        BigDecimal threshold = threeYearIncome(year, history, settings);
        List<Integer> missing = new ArrayList<>();
        for (int y = year - 3; y < year; y++) {
            if (!history.containsKey(y)) {
                missing.add(y);
            }
        }
        String years = (year - 3) + "–" + (year - 1);
        BigDecimal total = BigDecimal.ZERO;
        List<String> deals = new ArrayList<>();
        for (Person p : content.persons()) {
            for (var deal : p.expenses()) {
                if (deal.amount() != null) {
                    total = total.add(deal.amount());
                    deals.add(Changes.who(p) + ": " + deal.subject().label()
                            + (deal.description() == null || deal.description().isBlank()
                                    ? ""
                                    : " (" + deal.description().strip() + ")")
                            + " — " + money(deal.amount()));
                }
            }
        }
        if (total.compareTo(threshold) > 0) {
            findings.add(
                    Finding.of(Rule.EXPENSE_CONTROL, money(total), money(threshold), years, String.join("; ", deals)));
        }
        if (!missing.isEmpty()) {
            findings.add(Finding.of(
                    Rule.EXPENSE_HISTORY_INCOMPLETE,
                    missing.stream().map(String::valueOf).collect(Collectors.joining(", "))));
        }
    }

    /**
     * The simple coverage rule: the deals of the year (§2) plus the growth of account balances
     * (§4, against the previous year's declaration; all balances count when there is none) must
     * not exceed the income of the whole family for the year (§1). Holdings of §3.3, §3.4, §5.1 and
     * §5.2 do not count: the form gives them as units, a share or a value taken from the price,
     * the market or the nominal as the case may be — no figure of money spent in the year; a large
     * purchase is a §2 deal anyway. Nor do §6.2 loans as a source: what is left of them at the
     * reporting date does not tell what was borrowed during the year.
     */
    private static void coverage(DeclarationContent content, DeclarationContent previous, List<Finding> findings) {
        BigDecimal deals =
                content.persons().stream().map(Person::expensesTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal balances = content.persons().stream().map(Person::balances).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal before = previous == null
                ? BigDecimal.ZERO
                : previous.persons().stream().map(Person::balances).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal growth = balances.subtract(before).max(BigDecimal.ZERO);
        BigDecimal spent = deals.add(growth);
        BigDecimal income = content.totalIncome();
        if (spent.signum() > 0 && spent.compareTo(income) > 0) {
            findings.add(
                    Finding.of(Rule.NOT_COVERED_BY_INCOME, money(deals), money(growth), money(spent), money(income)));
        }
    }

    static String label(Person p) {
        return p.relation().label();
    }

    static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    static String area(BigDecimal area) {
        return area.setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    /** Rubles as people write them: 1 234 567,89 ₽. */
    public static String money(BigDecimal amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        return format.format(Objects.requireNonNullElse(amount, BigDecimal.ZERO)) + " ₽";
    }
}
