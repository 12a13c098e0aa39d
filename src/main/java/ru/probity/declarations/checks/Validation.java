package ru.probity.declarations.checks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.probity.declarations.checks.DeclarationContent.Person;
import ru.probity.declarations.checks.DeclarationContent.Relation;
import ru.probity.identifiers.Identifiers;

/**
 * Validates a declaration: one declarant, at most one spouse, minor children with their birth
 * dates, names required, amounts and areas non-negative, INN and OGRN of companies with valid
 * check digits, shares between 0 and 100 %, charter capitals non-negative, numbers of units and securities above zero, §6.2
 * obligations of at least {@link #OBLIGATION_THRESHOLD}.
 */
public final class Validation {

    /**
     * §6.2 lists fixed-term financial obligations of 500 000 ₽ or more (footnote to the section of
     * the form of Указ №460). The sum compared is the obligation's own (the principal, e.g. the
     * credit taken), not what is left of it at the reporting date: the form asks for both, and an
     * obligation of 1 000 000 ₽ repaid down to 300 000 ₽ is still declared.
     */
    public static final BigDecimal OBLIGATION_THRESHOLD = BigDecimal.valueOf(500_000);

    private Validation() {}

    public static List<Problem> validate(DeclarationContent content, int year) {
        List<Problem> problems = new ArrayList<>();
        long declarants = content.persons().stream()
                .filter(p -> p.relation() == Relation.DECLARANT)
                .count();
        if (declarants != 1) {
            problems.add(Problem.of("persons", "declarations.error.oneDeclarant"));
        }
        if (content.persons().stream()
                        .filter(p -> p.relation() == Relation.SPOUSE)
                        .count()
                > 1) {
            problems.add(Problem.of("persons", "declarations.error.oneSpouse"));
        }
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        for (int i = 0; i < content.persons().size(); i++) {
            person(content.persons().get(i), "persons[" + i + "].", yearEnd, problems);
        }
        return problems;
    }

    private static void person(Person p, String at, LocalDate yearEnd, List<Problem> problems) {
        if (p.relation() == null) {
            problems.add(Problem.of(at + "relation", "declarations.error.required"));
        }
        if (blank(p.lastName())) {
            problems.add(Problem.of(at + "lastName", "declarations.error.required"));
        }
        if (blank(p.firstName())) {
            problems.add(Problem.of(at + "firstName", "declarations.error.required"));
        }
        if (p.relation() == Relation.CHILD) {
            if (p.birthDate() == null) {
                problems.add(Problem.of(at + "birthDate", "declarations.error.childBirthDate"));
            } else if (!p.birthDate().plusYears(18).isAfter(yearEnd)) {
                problems.add(Problem.of(at + "birthDate", "declarations.error.notMinor"));
            }
        }
        if (p.birthDate() != null && p.birthDate().isAfter(yearEnd.plusYears(1))) {
            problems.add(Problem.of(at + "birthDate", "declarations.error.future"));
        }
        for (int i = 0; i < p.incomes().size(); i++) {
            var row = p.incomes().get(i);
            String r = at + "incomes[" + i + "].";
            required(row.kind(), r + "kind", problems);
            amount(row.amount(), r + "amount", true, problems);
        }
        for (int i = 0; i < p.expenses().size(); i++) {
            var row = p.expenses().get(i);
            String r = at + "expenses[" + i + "].";
            required(row.subject(), r + "subject", problems);
            text(row.description(), r + "description", problems);
            amount(row.amount(), r + "amount", true, problems);
            text(row.source(), r + "source", problems);
        }
        for (int i = 0; i < p.realEstate().size(); i++) {
            var row = p.realEstate().get(i);
            String r = at + "realEstate[" + i + "].";
            required(row.kind(), r + "kind", problems);
            text(row.ownership(), r + "ownership", problems);
            area(row.area(), r + "area", problems);
            text(row.country(), r + "country", problems);
        }
        for (int i = 0; i < p.vehicles().size(); i++) {
            var row = p.vehicles().get(i);
            String r = at + "vehicles[" + i + "].";
            required(row.kind(), r + "kind", problems);
            text(row.make(), r + "make", problems);
            if (row.year() != null && (row.year() < 1900 || row.year() > yearEnd.getYear() + 1)) {
                problems.add(Problem.of(r + "year", "declarations.error.vehicleYear"));
            }
        }
        for (int i = 0; i < p.accounts().size(); i++) {
            var row = p.accounts().get(i);
            String r = at + "accounts[" + i + "].";
            text(row.bank(), r + "bank", problems);
            text(row.currency(), r + "currency", problems);
            amount(row.balance(), r + "balance", true, problems);
            amount(row.inflows(), r + "inflows", false, problems);
        }
        for (int i = 0; i < p.shares().size(); i++) {
            var row = p.shares().get(i);
            String r = at + "shares[" + i + "].";
            text(row.company(), r + "company", problems);
            if (blank(row.inn()) && blank(row.ogrn())) {
                problems.add(Problem.of(r + "inn", "declarations.error.innOrOgrn"));
            }
            if (!blank(row.inn())) {
                Identifiers.checkOrganizationInn(row.inn())
                        .ifPresent(m -> problems.add(Problem.of(r + "inn", "declarations.error.identifier", m)));
            }
            if (!blank(row.ogrn())) {
                Identifiers.checkOgrn(row.ogrn())
                        .ifPresent(m -> problems.add(Problem.of(r + "ogrn", "declarations.error.identifier", m)));
            }
            if (row.percent() == null) {
                problems.add(Problem.of(r + "percent", "declarations.error.required"));
            } else if (row.percent().signum() <= 0 || row.percent().compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(Problem.of(r + "percent", "declarations.error.percent"));
            }
            amount(row.capital(), r + "capital", false, problems);
        }
        for (int i = 0; i < p.inUse().size(); i++) {
            var row = p.inUse().get(i);
            String r = at + "inUse[" + i + "].";
            required(row.kind(), r + "kind", problems);
            area(row.area(), r + "area", problems);
            text(row.country(), r + "country", problems);
            text(row.basis(), r + "basis", problems);
        }
        later(p, at, yearEnd, problems);
    }

    /** §3.3, §3.4, §3.5, §5.2, §6.2 and §7. */
    private static void later(Person p, String at, LocalDate yearEnd, List<Problem> problems) {
        for (int i = 0; i < p.digitalAssets().size(); i++) {
            var row = p.digitalAssets().get(i);
            String r = at + "digitalAssets[" + i + "].";
            text(row.name(), r + "name", problems);
            acquired(row.acquiredOn(), r + "acquiredOn", yearEnd, problems);
            units(row.units(), r + "units", problems);
            text(row.operator(), r + "operator", problems);
        }
        for (int i = 0; i < p.utilityRights().size(); i++) {
            var row = p.utilityRights().get(i);
            String r = at + "utilityRights[" + i + "].";
            text(row.name(), r + "name", problems);
            acquired(row.acquiredOn(), r + "acquiredOn", yearEnd, problems);
            amount(row.investment(), r + "investment", true, problems);
            text(row.operator(), r + "operator", problems);
        }
        for (int i = 0; i < p.digitalCurrency().size(); i++) {
            var row = p.digitalCurrency().get(i);
            String r = at + "digitalCurrency[" + i + "].";
            text(row.name(), r + "name", problems);
            acquired(row.acquiredOn(), r + "acquiredOn", yearEnd, problems);
            units(row.units(), r + "units", problems);
        }
        for (int i = 0; i < p.securities().size(); i++) {
            var row = p.securities().get(i);
            String r = at + "securities[" + i + "].";
            text(row.kind(), r + "kind", problems);
            text(row.issuer(), r + "issuer", problems);
            amount(row.nominal(), r + "nominal", false, problems);
            units(row.count(), r + "count", problems);
            amount(row.total(), r + "total", true, problems);
        }
        for (int i = 0; i < p.obligations().size(); i++) {
            var row = p.obligations().get(i);
            String r = at + "obligations[" + i + "].";
            text(row.content(), r + "content", problems);
            required(row.role(), r + "role", problems);
            text(row.party(), r + "party", problems);
            text(row.basis(), r + "basis", problems);
            amount(row.amount(), r + "amount", true, problems);
            if (row.amount() != null
                    && row.amount().signum() >= 0
                    && row.amount().compareTo(OBLIGATION_THRESHOLD) < 0) {
                problems.add(Problem.of(r + "amount", "declarations.error.obligationThreshold"));
            }
            amount(row.outstanding(), r + "outstanding", true, problems);
        }
        for (int i = 0; i < p.gifts().size(); i++) {
            var row = p.gifts().get(i);
            String r = at + "gifts[" + i + "].";
            required(row.kind(), r + "kind", problems);
            text(row.description(), r + "description", problems);
            text(row.recipient(), r + "recipient", problems);
            text(row.basis(), r + "basis", problems);
        }
    }

    private static void units(BigDecimal value, String field, List<Problem> problems) {
        if (value == null) {
            problems.add(Problem.of(field, "declarations.error.required"));
        } else if (value.signum() <= 0) {
            problems.add(Problem.of(field, "declarations.error.units"));
        }
    }

    /** Required, and held at the reporting date: acquired by the end of the reporting year. */
    private static void acquired(LocalDate value, String field, LocalDate yearEnd, List<Problem> problems) {
        if (value == null) {
            problems.add(Problem.of(field, "declarations.error.required"));
        } else if (value.isAfter(yearEnd)) {
            problems.add(Problem.of(field, "declarations.error.acquiredLater", String.valueOf(yearEnd.getYear())));
        }
    }

    private static void required(Object value, String field, List<Problem> problems) {
        if (value == null) {
            problems.add(Problem.of(field, "declarations.error.required"));
        }
    }

    private static void text(String value, String field, List<Problem> problems) {
        if (blank(value)) {
            problems.add(Problem.of(field, "declarations.error.required"));
        }
    }

    private static void amount(BigDecimal value, String field, boolean required, List<Problem> problems) {
        if (value == null) {
            if (required) {
                problems.add(Problem.of(field, "declarations.error.required"));
            }
        } else if (value.signum() < 0) {
            problems.add(Problem.of(field, "declarations.error.negative"));
        } else if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            problems.add(Problem.of(field, "declarations.error.kopecks"));
        }
    }

    private static void area(BigDecimal value, String field, List<Problem> problems) {
        if (value == null) {
            problems.add(Problem.of(field, "declarations.error.required"));
        } else if (value.signum() <= 0) {
            problems.add(Problem.of(field, "declarations.error.area"));
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
