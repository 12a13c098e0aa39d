package ru.probity.declarations.spravki;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ru.probity.declarations.checks.DeclarationContent;
import ru.probity.declarations.checks.DeclarationContent.DealSubject;
import ru.probity.declarations.checks.DeclarationContent.EstateKind;
import ru.probity.declarations.checks.DeclarationContent.GiftKind;
import ru.probity.declarations.checks.DeclarationContent.IncomeKind;
import ru.probity.declarations.checks.DeclarationContent.ObligationRole;
import ru.probity.declarations.checks.DeclarationContent.Relation;
import ru.probity.declarations.checks.DeclarationContent.VehicleKind;

/**
 * A read package as the product's {@link DeclarationContent}: one person per {@code Справка}
 * (declarant, spouse, minor children), every section the content model has, row for row. The
 * program's words become the content's kinds by their stems; the columns of the form as amended
 * go to their own fields (§3.1 basis of acquisition, §3.2 ownership and place of registration, §4
 * kind of account, §5.1 legal form, address and charter capital, §6.1 kind and terms of use, §3.4
 * utility digital rights, the declarant's post, passport and registration address); what the
 * content has no place for (the co-owners, the statements of accounts…) is left out. The reader's
 * own warnings are passed on in Russian. Pure: no Spring, no database.
 */
public final class SpravkiContent {

    private SpravkiContent() {}

    /** The content and what was not carried over (Russian, one line each). */
    public record Mapped(DeclarationContent content, List<String> warnings) {}

    public static Mapped of(SpravkiPackage pkg) {
        List<String> warnings = new ArrayList<>();
        pkg.warnings().forEach(w -> warnings.add(w.toString()));
        List<DeclarationContent.Person> persons = new ArrayList<>();
        for (Spravka s : pkg.declarations()) {
            persons.add(person(s, warnings));
            s.warnings().forEach(w -> warnings.add(w.toString()));
        }
        return new Mapped(new DeclarationContent(persons), List.copyOf(warnings));
    }

    private static DeclarationContent.Person person(Spravka s, List<String> warnings) {
        Relation relation = switch (s.filedFor() == null ? FiledFor.SELF : s.filedFor()) {
            case SELF -> Relation.DECLARANT;
            case SPOUSE -> Relation.SPOUSE;
            case MINOR_CHILD -> Relation.CHILD;
        };
        Spravka.Person p = s.person();
        return new DeclarationContent.Person(
                relation,
                p.lastName(),
                p.firstName(),
                p.middleName(),
                p.birthDate(),
                s.income().stream().map(SpravkiContent::income).toList(),
                s.expenses().stream().map(SpravkiContent::expense).toList(),
                s.realEstate().stream().map(SpravkiContent::estate).toList(),
                s.vehicles().stream().map(SpravkiContent::vehicle).toList(),
                s.accounts().stream()
                        .map(a -> new DeclarationContent.Account(
                                a.bank(), a.currency(), a.openedOn(), a.balance(), a.inflows(), a.kind()))
                        .toList(),
                s.shares().stream().map(SpravkiContent::share).toList(),
                s.estateInUse().stream().map(SpravkiContent::inUse).toList(),
                s.digitalAssets().stream()
                        .map(d -> new DeclarationContent.DigitalAsset(
                                d.name(), d.acquiredOn(), d.quantity(), d.operator()))
                        .toList(),
                s.digitalCurrency().stream()
                        .map(d -> new DeclarationContent.DigitalCurrency(d.name(), d.acquiredOn(), d.quantity()))
                        .toList(),
                s.otherSecurities().stream()
                        .map(x -> new DeclarationContent.Security(
                                x.kind(), x.issuer(), x.nominalValue(), x.quantity(), x.totalValue()))
                        .toList(),
                s.obligations().stream().map(SpravkiContent::obligation).toList(),
                s.gifts().stream().map(SpravkiContent::gift).toList(),
                s.utilityDigitalRights().stream()
                        .map(u -> new DeclarationContent.UtilityRight(
                                u.name(), u.acquiredOn(), u.investment(), u.operator()))
                        .toList(),
                relation == Relation.DECLARANT ? title(p) : null);
    }

    /** The declarant's title page: the post, the passport (not another document) and the registration address. */
    private static DeclarationContent.Title title(Spravka.Person p) {
        Spravka.IdentityDocument d =
                p.document() != null && "Паспорт".equals(p.document().kind()) ? p.document() : null;
        DeclarationContent.Title title = new DeclarationContent.Title(
                p.work() == null ? null : blankToNull(p.work().post()),
                d == null ? null : blankToNull(d.series()),
                d == null ? null : blankToNull(d.number()),
                d == null ? null : blankToNull(d.issuedBy()),
                d == null ? null : d.issuedOn(),
                address(p.registration()));
        return title.isEmpty() ? null : title;
    }

    private static DeclarationContent.Income income(Spravka.Income i) {
        String kind = Objects.requireNonNullElse(i.kind(), "");
        IncomeKind k;
        if (kind.contains("ОсновномуМесту")) {
            k = IncomeKind.MAIN_JOB;
        } else if (kind.contains("Педагог") || kind.contains("Научн")) {
            k = IncomeKind.TEACHING_AND_SCIENCE;
        } else if (kind.contains("Творческ")) {
            k = IncomeKind.CREATIVE;
        } else if (kind.contains("Вклад")) {
            k = IncomeKind.DEPOSITS;
        } else if (kind.contains("ЦенныхБумаг") || kind.contains("Долей")) {
            k = IncomeKind.SECURITIES;
        } else {
            k = IncomeKind.OTHER;
        }
        return new DeclarationContent.Income(
                k,
                blankToNull(join("; ", text(i.otherKind()), text(i.category()), i.description(), i.note())),
                i.amount());
    }

    private static DeclarationContent.Expense expense(Spravka.Expense e) {
        String kind = Objects.requireNonNullElse(e.propertyKind(), "");
        DealSubject subject;
        if (kind.contains("Земельн")) {
            subject = DealSubject.LAND;
        } else if (kind.contains("Транспорт")) {
            subject = DealSubject.VEHICLE;
        } else if (kind.contains("Цифров")) {
            subject = DealSubject.DIGITAL;
        } else if (kind.contains("ЦенныеБумаги") || kind.contains("Ценные")) {
            subject = DealSubject.SECURITIES;
        } else if (kind.contains("Дол") || kind.contains("Па")) {
            subject = DealSubject.SHARES;
        } else {
            subject = DealSubject.REAL_ESTATE;
        }
        String sources = e.sources().stream()
                .map(f -> f.source() != null
                        ? join(
                                " — ",
                                f.source(),
                                f.amount() == null ? null : f.amount().toPlainString())
                        : f.obligation() == null
                                ? null
                                : join(
                                        " — ",
                                        join(
                                                " ",
                                                f.obligation().kind(),
                                                f.obligation().counterparty()),
                                        f.amount() == null ? null : f.amount().toPlainString()))
                .filter(Objects::nonNull)
                .collect(Collectors.joining("; "));
        String description = join(
                ", ",
                first(e.name(), e.realEstateKind(), e.propertyKind()),
                e.area() == null ? null : e.area().toPlainString() + " кв. м",
                address(e.location()),
                e.basis());
        return new DeclarationContent.Expense(subject, description, e.amount(), blankToNull(sources));
    }

    private static DeclarationContent.RealEstate estate(Spravka.RealEstate r) {
        String ownership =
                join(", ", r.ownership(), r.share() == null ? null : r.share().toString());
        return new DeclarationContent.RealEstate(
                estateKind(first(r.kind(), r.name())),
                ownership,
                r.area(),
                country(r.location()),
                join(", ", r.name(), address(r.location())),
                blankToNull(r.basis()));
    }

    private static DeclarationContent.Vehicle vehicle(Spravka.Vehicle v) {
        String kind = Objects.requireNonNullElse(v.kind(), "");
        VehicleKind k;
        if (kind.contains("Легков")) {
            k = VehicleKind.CAR;
        } else if (kind.contains("Грузов")) {
            k = VehicleKind.TRUCK;
        } else if (kind.contains("Мото")) {
            k = VehicleKind.MOTORCYCLE;
        } else if (kind.contains("Сельскохоз")) {
            k = VehicleKind.AGRICULTURAL;
        } else if (kind.contains("Водн")) {
            k = VehicleKind.WATER;
        } else if (kind.contains("Воздушн")) {
            k = VehicleKind.AIR;
        } else {
            k = VehicleKind.OTHER;
        }
        return new DeclarationContent.Vehicle(
                k,
                first(blankToNull(join(" ", v.make(), v.model())), v.name()),
                v.year(),
                blankToNull(join(
                        ", ",
                        v.ownership(),
                        v.share() == null ? null : v.share().toString())),
                blankToNull(v.registrationPlace()));
    }

    private static DeclarationContent.Share share(Spravka.CompanyShare s) {
        BigDecimal percent = s.share() == null
                ? null
                : s.share().value().multiply(BigDecimal.valueOf(100)).stripTrailingZeros();
        return new DeclarationContent.Share(
                s.company(),
                null,
                null,
                percent,
                s.basis(),
                blankToNull(s.legalForm()),
                address(s.address()),
                s.charterCapital());
    }

    private static DeclarationContent.EstateInUse inUse(Spravka.EstateInUse u) {
        String basis = join(", ", u.basis(), u.providerName());
        return new DeclarationContent.EstateInUse(
                estateKind(first(u.kind(), u.name())),
                u.area(),
                country(u.location()),
                blankToNull(basis),
                join(", ", u.name(), address(u.location())),
                blankToNull(u.useKind()),
                blankToNull(u.from()),
                blankToNull(u.to()));
    }

    private static DeclarationContent.FinancialObligation obligation(Spravka.Obligation o) {
        String role = Objects.requireNonNullElse(o.creditorOrDebtor(), "");
        return new DeclarationContent.FinancialObligation(
                join(", ", o.kind(), o.note()),
                role.contains("Кредитор") ? ObligationRole.CREDITOR : ObligationRole.DEBTOR,
                join(", ", o.counterparty(), o.counterpartyInn() == null ? null : "ИНН " + o.counterpartyInn()),
                o.basis(),
                o.amount(),
                o.outstanding(),
                o.conditions());
    }

    private static DeclarationContent.Gift gift(Spravka.Gift g) {
        String kind = Objects.requireNonNullElse(g.propertyKind(), "");
        GiftKind k;
        if (kind.contains("Земельн")) {
            k = GiftKind.LAND;
        } else if (kind.contains("Транспорт")) {
            k = GiftKind.VEHICLE;
        } else if (kind.contains("ЦифроваяВалюта") || kind.contains("Цифровая_валюта")) {
            k = GiftKind.DIGITAL_CURRENCY;
        } else if (kind.contains("Цифров")) {
            k = GiftKind.DIGITAL_ASSETS;
        } else if (kind.contains("Ценн") || kind.contains("Дол")) {
            k = GiftKind.SECURITIES;
        } else {
            k = GiftKind.REAL_ESTATE;
        }
        String description = join(
                ", ",
                first(g.name(), g.realEstateKind(), g.propertyKind()),
                g.area() == null ? null : g.area().toPlainString() + " кв. м",
                address(g.location()));
        return new DeclarationContent.Gift(
                k, blankToNull(description), first(g.recipientName(), g.recipient()), g.basis());
    }

    private static EstateKind estateKind(String kind) {
        String k = Objects.requireNonNullElse(kind, "");
        if (k.contains("Земельн")) {
            return EstateKind.LAND;
        } else if (k.contains("Дом") || k.contains("Дач")) {
            return EstateKind.HOUSE;
        } else if (k.contains("Квартир")) {
            return EstateKind.FLAT;
        } else if (k.contains("Гараж")) {
            return EstateKind.GARAGE;
        }
        return EstateKind.OTHER;
    }

    private static String country(Spravka.Address a) {
        return a == null || a.country() == null ? "Россия" : a.country();
    }

    private static String address(Spravka.Address a) {
        if (a == null) {
            return null;
        }
        return blankToNull(join(
                ", ",
                a.postcode(),
                a.region(),
                a.district(),
                a.city(),
                a.locality(),
                a.street(),
                a.house(),
                a.building(),
                a.structure(),
                a.flat(),
                a.extra()));
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String join(String sep, String... parts) {
        String joined = Stream.of(parts).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(sep));
        return joined.isEmpty() ? null : joined;
    }

    /** The program's own codes («ИнойДоход») are not text for people: left out of descriptions. */
    private static String text(String value) {
        return value != null && CODE.matcher(value).matches() ? null : value;
    }

    private static final java.util.regex.Pattern CODE =
            java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+(\\p{Lu}\\p{Ll}*)+");

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
