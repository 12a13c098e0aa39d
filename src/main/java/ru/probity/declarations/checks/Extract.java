package ru.probity.declarations.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.probity.declarations.checks.DeclarationContent.Person;

/**
 * The extract of a declaration that Указ Президента №613 п.2 publishes: for the declarant, the
 * spouse and each minor child — declared income (п.2 «в»), real estate owned and in use with kind,
 * area and country (п.2 «а»), vehicles with kind and make (п.2 «б»), and, only when the total of the
 * period's §2 deals exceeds the income of the three years before it ({@link Checks#dealsAboveIncome},
 * 230-ФЗ ст.3), each deal's subject with its source of funds (п.2 «г»). Nothing else: no names,
 * birth dates, addresses, identifiers, accounts or shares (п.3), nothing of the title page (post,
 * passport, registration address), no basis of acquisition, place of registration or terms of use,
 * and none of §3.3 digital assets, §3.4 utility digital rights, §3.5 digital currency, §5.2
 * securities, §6.2 obligations or §7 gifts. The sources are free text
 * as the declarant wrote it; runs of digits that can be an identifier (ИНН, СНИЛС, passport,
 * account, card or telephone numbers) are masked ({@link #withoutIdentifiers}).
 */
public record Extract(List<Row> rows) {

    public Extract {
        rows = List.copyOf(rows);
    }

    /** What masks a run of digits that may identify a person. */
    static final String MASK = "***";

    /**
     * One person of the declaration, named only by the relation.
     *
     * @param funds the deals whose sources of funds п.2 «г» publishes; empty when the period's deals do
     *     not exceed the three years' income
     */
    public record Row(
            String relation,
            BigDecimal income,
            List<String> realEstate,
            List<String> inUse,
            List<String> vehicles,
            List<Funds> funds) {

        public Row {
            funds = funds == null ? List.of() : List.copyOf(funds);
        }
    }

    /** A deal of §2 as п.2 «г» publishes it: the subject's kind and the source of the funds. */
    public record Funds(String subject, String source) {}

    /**
     * The extract of a declaration of the reporting {@code year}, with the declarant's declarations of
     * the three years before it (what 230-ФЗ ст.3 compares the deals with).
     */
    public static Extract of(
            DeclarationContent content, int year, Map<Integer, DeclarationContent> history, Checks.Settings settings) {
        boolean sources = Checks.dealsAboveIncome(content, year, history, settings);
        return new Extract(content.persons().stream().map(p -> row(p, sources)).toList());
    }

    /** The extract without the deals' sources of funds (nothing to compare the deals with). */
    public static Extract of(DeclarationContent content) {
        return new Extract(content.persons().stream().map(p -> row(p, false)).toList());
    }

    private static Row row(Person p, boolean sources) {
        return new Row(
                p.relation().label(),
                p.income().setScale(2, RoundingMode.HALF_UP),
                p.realEstate().stream()
                        .map(e -> e.kind().label() + ", " + area(e.area()) + " кв. м, "
                                + e.country().strip())
                        .toList(),
                p.inUse().stream()
                        .map(e -> e.kind().label() + ", " + area(e.area()) + " кв. м, "
                                + e.country().strip())
                        .toList(),
                p.vehicles().stream()
                        .map(v -> v.kind().label() + " " + v.make().strip())
                        .toList(),
                sources
                        ? p.expenses().stream()
                                .map(d -> new Funds(d.subject().label(), withoutIdentifiers(d.source())))
                                .toList()
                        : List.of());
    }

    /** A sum of money written by thousands: «1 500 000», «2 000 000,50» — kept. */
    private static final Pattern MONEY =
            Pattern.compile("(?<![\\d+\\-()]|\\d[ \\u00A0\\u202F])\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?:,\\d{1,2})?"
                    + "(?![\\d\\-()]|[ \\u00A0\\u202F]\\d)");

    /** Six digits or more, possibly split by spaces, hyphens or brackets: an identifier, masked. */
    private static final Pattern IDENTIFIER = Pattern.compile("\\+?\\d(?:[\\s\\-()]*\\d){5,}");

    /**
     * The source of funds as written, with every run of six digits or more (spaces, hyphens and
     * brackets between them allowed) masked: ИНН (10 or 12 digits), СНИЛС («123-456-789 01»),
     * passport series and number, account and card numbers, telephone numbers. Sums written by
     * thousands («1 500 000») and dates («01.02.2024») stay; names as written stay too (the source
     * is published as the declarant gave it, docs/declarations.md «Publication»).
     */
    static String withoutIdentifiers(String source) {
        if (source == null || source.isBlank()) {
            return "";
        }
        String text = source.strip();
        StringBuilder out = new StringBuilder();
        Matcher money = MONEY.matcher(text);
        int from = 0;
        while (money.find()) {
            out.append(mask(text.substring(from, money.start()))).append(money.group());
            from = money.end();
        }
        out.append(mask(text.substring(from)));
        return out.toString();
    }

    private static String mask(String text) {
        return IDENTIFIER.matcher(text).replaceAll(MASK);
    }

    private static String area(BigDecimal area) {
        return area.setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
