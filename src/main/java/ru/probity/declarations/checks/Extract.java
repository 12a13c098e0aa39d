package ru.probity.declarations.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import ru.probity.declarations.checks.DeclarationContent.Person;

/**
 * The extract of a declaration that Указ Президента №613 publishes: for the declarant, the
 * spouse and each minor child — declared income, real estate owned and in use (kind, area,
 * country), vehicles (kind, make) and the subjects of 230-ФЗ deals. Nothing else: no names, birth
 * dates, addresses, identifiers, accounts, shares or sources of funds (which may name people), and
 * none of §3.3 digital assets, §3.4 digital currency, §5.2 securities, §6.2 obligations or §7 gifts
 * (the decree does not publish them; §7 recipients and §6.2 parties are people's names).
 */
public record Extract(List<Row> rows) {

    public Extract {
        rows = List.copyOf(rows);
    }

    /** One person of the declaration, named only by the relation. */
    public record Row(
            String relation,
            BigDecimal income,
            List<String> realEstate,
            List<String> inUse,
            List<String> vehicles,
            List<String> deals) {}

    public static Extract of(DeclarationContent content) {
        return new Extract(content.persons().stream().map(Extract::row).toList());
    }

    private static Row row(Person p) {
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
                p.expenses().stream().map(d -> d.subject().label()).toList());
    }

    private static String area(BigDecimal area) {
        return area.setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
