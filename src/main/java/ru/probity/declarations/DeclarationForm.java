package ru.probity.declarations;

import static ru.probity.declarations.FormValues.blank;
import static ru.probity.declarations.FormValues.date;
import static ru.probity.declarations.FormValues.digits;
import static ru.probity.declarations.FormValues.enumOf;
import static ru.probity.declarations.FormValues.integer;
import static ru.probity.declarations.FormValues.money;
import static ru.probity.declarations.FormValues.name;
import static ru.probity.declarations.FormValues.number;
import static ru.probity.declarations.FormValues.plain;
import static ru.probity.declarations.FormValues.rows;
import static ru.probity.declarations.FormValues.text;

import java.util.ArrayList;
import java.util.List;
import ru.probity.declarations.checks.DeclarationContent;
import ru.probity.declarations.checks.DeclarationContent.Person;
import ru.probity.declarations.checks.Problem;

/**
 * The declaration as the web form and the XLSX template carry it: text only, bound by field name
 * ({@code persons[1].incomes[0].amount}), read into {@link DeclarationContent} with every value that
 * does not parse named. Rows left blank are dropped. The rows of §3.3–§3.5, §5.2, §6.2 and §7
 * are in {@link FormRows}. The title page (post, passport, registration address) is the
 * declarant's only: what is written for a family member is not read.
 */
public class DeclarationForm {

    public List<PersonForm> persons = new ArrayList<>();

    public static class PersonForm {
        public String relation;
        public String lastName;
        public String firstName;
        public String middleName;
        public String birthDate;
        public String post;
        public String passportSeries;
        public String passportNumber;
        public String passportIssuedBy;
        public String passportIssuedOn;
        public String address;
        public List<IncomeRow> incomes = new ArrayList<>();
        public List<ExpenseRow> expenses = new ArrayList<>();
        public List<EstateRow> realEstate = new ArrayList<>();
        public List<VehicleRow> vehicles = new ArrayList<>();
        public List<AccountRow> accounts = new ArrayList<>();
        public List<ShareRow> shares = new ArrayList<>();
        public List<InUseRow> inUse = new ArrayList<>();
        public List<FormRows.AssetRow> digitalAssets = new ArrayList<>();
        public List<FormRows.UtilityRow> utilityRights = new ArrayList<>();
        public List<FormRows.CurrencyRow> digitalCurrency = new ArrayList<>();
        public List<FormRows.SecurityRow> securities = new ArrayList<>();
        public List<FormRows.FinancialRow> obligations = new ArrayList<>();
        public List<FormRows.GiftRow> gifts = new ArrayList<>();
    }

    public static class IncomeRow {
        public String kind;
        public String description;
        public String amount;
    }

    public static class ExpenseRow {
        public String subject;
        public String description;
        public String amount;
        public String source;
    }

    public static class EstateRow {
        public String kind;
        public String ownership;
        public String area;
        public String country;
        public String address;
        public String basis;
    }

    public static class VehicleRow {
        public String kind;
        public String make;
        public String year;
        public String ownership;
        public String registration;
    }

    public static class AccountRow {
        public String bank;
        public String kind;
        public String currency;
        public String openedOn;
        public String balance;
        public String inflows;
    }

    public static class ShareRow {
        public String company;
        public String inn;
        public String ogrn;
        public String percent;
        public String basis;
        public String legalForm;
        public String address;
        public String capital;
    }

    public static class InUseRow {
        public String kind;
        public String area;
        public String country;
        public String basis;
        public String address;
        public String useKind;
        public String useFrom;
        public String useTo;
    }

    /** Blank rows to type into: {@code rows} per section of every person. */
    public DeclarationForm withBlankRows(int rows) {
        for (PersonForm p : persons) {
            for (int i = 0; i < rows; i++) {
                p.incomes.add(new IncomeRow());
                p.expenses.add(new ExpenseRow());
                p.realEstate.add(new EstateRow());
                p.vehicles.add(new VehicleRow());
                p.accounts.add(new AccountRow());
                p.shares.add(new ShareRow());
                p.inUse.add(new InUseRow());
                p.digitalAssets.add(new FormRows.AssetRow());
                p.utilityRights.add(new FormRows.UtilityRow());
                p.digitalCurrency.add(new FormRows.CurrencyRow());
                p.securities.add(new FormRows.SecurityRow());
                p.obligations.add(new FormRows.FinancialRow());
                p.gifts.add(new FormRows.GiftRow());
            }
        }
        return this;
    }

    /** The content, compact (blank rows and persons dropped); what does not parse goes to {@code problems}. */
    public DeclarationContent toContent(List<Problem> problems) {
        List<Person> out = new ArrayList<>();
        for (PersonForm p : persons) {
            if (p == null
                    || blank(p.lastName)
                            && blank(p.firstName)
                            && blank(p.middleName)
                            && blank(p.birthDate)
                            && !"DECLARANT".equals(p.relation)) {
                continue;
            }
            String at = "persons[" + out.size() + "].";
            List<DeclarationContent.Income> incomes = rows(
                    p.incomes,
                    r -> !blank(r.kind, r.amount),
                    (r, f) -> new DeclarationContent.Income(
                            enumOf(
                                    DeclarationContent.IncomeKind.class,
                                    DeclarationContent.IncomeKind.alias(r.kind),
                                    f + "kind",
                                    problems),
                            text(r.description),
                            money(r.amount, f + "amount", problems)),
                    at + "incomes");
            List<DeclarationContent.Expense> expenses = rows(
                    p.expenses,
                    r -> !blank(r.subject, r.description, r.amount, r.source),
                    (r, f) -> new DeclarationContent.Expense(
                            enumOf(DeclarationContent.DealSubject.class, r.subject, f + "subject", problems),
                            text(r.description),
                            money(r.amount, f + "amount", problems),
                            text(r.source)),
                    at + "expenses");
            List<DeclarationContent.RealEstate> estate = rows(
                    p.realEstate,
                    r -> !blank(r.kind, r.ownership, r.area, r.country, r.address, r.basis),
                    (r, f) -> new DeclarationContent.RealEstate(
                            enumOf(DeclarationContent.EstateKind.class, r.kind, f + "kind", problems),
                            text(r.ownership),
                            number(r.area, f + "area", problems),
                            text(r.country),
                            text(r.address),
                            text(r.basis)),
                    at + "realEstate");
            List<DeclarationContent.Vehicle> vehicles = rows(
                    p.vehicles,
                    r -> !blank(r.kind, r.make, r.year, r.ownership, r.registration),
                    (r, f) -> new DeclarationContent.Vehicle(
                            enumOf(DeclarationContent.VehicleKind.class, r.kind, f + "kind", problems),
                            text(r.make),
                            integer(r.year, f + "year", problems),
                            text(r.ownership),
                            text(r.registration)),
                    at + "vehicles");
            List<DeclarationContent.Account> accounts = rows(
                    p.accounts,
                    r -> !blank(r.bank, r.kind, r.currency, r.openedOn, r.balance, r.inflows),
                    (r, f) -> new DeclarationContent.Account(
                            text(r.bank),
                            text(r.currency),
                            date(r.openedOn, f + "openedOn", problems),
                            money(r.balance, f + "balance", problems),
                            money(r.inflows, f + "inflows", problems),
                            text(r.kind)),
                    at + "accounts");
            List<DeclarationContent.Share> shares = rows(
                    p.shares,
                    r -> !blank(r.company, r.inn, r.ogrn, r.percent, r.basis, r.legalForm, r.address, r.capital),
                    (r, f) -> new DeclarationContent.Share(
                            text(r.company),
                            digits(r.inn),
                            digits(r.ogrn),
                            number(r.percent, f + "percent", problems),
                            text(r.basis),
                            text(r.legalForm),
                            text(r.address),
                            money(r.capital, f + "capital", problems)),
                    at + "shares");
            List<DeclarationContent.EstateInUse> inUse = rows(
                    p.inUse,
                    r -> !blank(r.kind, r.area, r.country, r.basis, r.address, r.useKind, r.useFrom, r.useTo),
                    (r, f) -> new DeclarationContent.EstateInUse(
                            enumOf(DeclarationContent.EstateKind.class, r.kind, f + "kind", problems),
                            number(r.area, f + "area", problems),
                            text(r.country),
                            text(r.basis),
                            text(r.address),
                            text(r.useKind),
                            text(r.useFrom),
                            text(r.useTo)),
                    at + "inUse");
            DeclarationContent.Relation relation =
                    enumOf(DeclarationContent.Relation.class, p.relation, at + "relation", problems);
            DeclarationContent.Title title = relation == DeclarationContent.Relation.DECLARANT
                    ? new DeclarationContent.Title(
                            text(p.post),
                            text(p.passportSeries),
                            text(p.passportNumber),
                            text(p.passportIssuedBy),
                            date(p.passportIssuedOn, at + "passportIssuedOn", problems),
                            text(p.address))
                    : null;
            out.add(new Person(
                    relation,
                    text(p.lastName),
                    text(p.firstName),
                    text(p.middleName),
                    date(p.birthDate, at + "birthDate", problems),
                    incomes,
                    expenses,
                    estate,
                    vehicles,
                    accounts,
                    shares,
                    inUse,
                    rows(
                            p.digitalAssets,
                            FormRows.AssetRow::filled,
                            (r, f) -> r.read(f, problems),
                            at + "digitalAssets"),
                    rows(
                            p.digitalCurrency,
                            FormRows.CurrencyRow::filled,
                            (r, f) -> r.read(f, problems),
                            at + "digitalCurrency"),
                    rows(p.securities, FormRows.SecurityRow::filled, (r, f) -> r.read(f, problems), at + "securities"),
                    rows(
                            p.obligations,
                            FormRows.FinancialRow::filled,
                            (r, f) -> r.read(f, problems),
                            at + "obligations"),
                    rows(p.gifts, FormRows.GiftRow::filled, (r, f) -> r.read(f, problems), at + "gifts"),
                    rows(
                            p.utilityRights,
                            FormRows.UtilityRow::filled,
                            (r, f) -> r.read(f, problems),
                            at + "utilityRights"),
                    title == null || title.isEmpty() ? null : title));
        }
        return new DeclarationContent(out);
    }

    /** The form showing a content (e.g. to correct it, or after problems). */
    public static DeclarationForm of(DeclarationContent content) {
        DeclarationForm form = new DeclarationForm();
        for (Person p : content.persons()) {
            PersonForm f = new PersonForm();
            f.relation = name(p.relation());
            f.lastName = p.lastName();
            f.firstName = p.firstName();
            f.middleName = p.middleName();
            f.birthDate = p.birthDate() == null ? null : p.birthDate().toString();
            if (p.title() != null) {
                f.post = p.title().post();
                f.passportSeries = p.title().passportSeries();
                f.passportNumber = p.title().passportNumber();
                f.passportIssuedBy = p.title().passportIssuedBy();
                f.passportIssuedOn = FormValues.iso(p.title().passportIssuedOn());
                f.address = p.title().address();
            }
            p.incomes().forEach(r -> {
                IncomeRow row = new IncomeRow();
                row.kind = name(r.kind());
                row.description = r.description();
                row.amount = plain(r.amount());
                f.incomes.add(row);
            });
            p.expenses().forEach(r -> {
                ExpenseRow row = new ExpenseRow();
                row.subject = name(r.subject());
                row.description = r.description();
                row.amount = plain(r.amount());
                row.source = r.source();
                f.expenses.add(row);
            });
            p.realEstate().forEach(r -> {
                EstateRow row = new EstateRow();
                row.kind = name(r.kind());
                row.ownership = r.ownership();
                row.area = plain(r.area());
                row.country = r.country();
                row.address = r.address();
                row.basis = r.basis();
                f.realEstate.add(row);
            });
            p.vehicles().forEach(r -> {
                VehicleRow row = new VehicleRow();
                row.kind = name(r.kind());
                row.make = r.make();
                row.year = r.year() == null ? null : r.year().toString();
                row.ownership = r.ownership();
                row.registration = r.registration();
                f.vehicles.add(row);
            });
            p.accounts().forEach(r -> {
                AccountRow row = new AccountRow();
                row.bank = r.bank();
                row.kind = r.kind();
                row.currency = r.currency();
                row.openedOn = r.openedOn() == null ? null : r.openedOn().toString();
                row.balance = plain(r.balance());
                row.inflows = plain(r.inflows());
                f.accounts.add(row);
            });
            p.shares().forEach(r -> {
                ShareRow row = new ShareRow();
                row.company = r.company();
                row.inn = r.inn();
                row.ogrn = r.ogrn();
                row.percent = plain(r.percent());
                row.basis = r.basis();
                row.legalForm = r.legalForm();
                row.address = r.address();
                row.capital = plain(r.capital());
                f.shares.add(row);
            });
            p.inUse().forEach(r -> {
                InUseRow row = new InUseRow();
                row.kind = name(r.kind());
                row.area = plain(r.area());
                row.country = r.country();
                row.basis = r.basis();
                row.address = r.address();
                row.useKind = r.useKind();
                row.useFrom = r.useFrom();
                row.useTo = r.useTo();
                f.inUse.add(row);
            });
            p.digitalAssets().forEach(r -> f.digitalAssets.add(FormRows.AssetRow.of(r)));
            p.utilityRights().forEach(r -> f.utilityRights.add(FormRows.UtilityRow.of(r)));
            p.digitalCurrency().forEach(r -> f.digitalCurrency.add(FormRows.CurrencyRow.of(r)));
            p.securities().forEach(r -> f.securities.add(FormRows.SecurityRow.of(r)));
            p.obligations().forEach(r -> f.obligations.add(FormRows.FinancialRow.of(r)));
            p.gifts().forEach(r -> f.gifts.add(FormRows.GiftRow.of(r)));
            form.persons.add(f);
        }
        return form;
    }
}
