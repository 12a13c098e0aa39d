package ru.probity.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.probity.access.CurrentUser;
import ru.probity.declarations.Campaigns;
import ru.probity.declarations.Declarations;
import ru.probity.declarations.VerificationGround;
import ru.probity.declarations.VerificationKind;
import ru.probity.declarations.VerificationOutcome;
import ru.probity.declarations.VerificationPenalty;
import ru.probity.declarations.Verifications;
import ru.probity.declarations.checks.DeclarationContent;
import ru.probity.declarations.checks.DeclarationContent.Person;
import ru.probity.declarations.checks.DeclarationContent.Relation;
import ru.probity.org.RegistryLoad;
import ru.probity.org.RelationKind;
import ru.probity.org.RelativeForm;
import ru.probity.procurement.names.RussianNames;

/**
 * Declarations of the demo: the employee of the Kaluga city economy department with the account
 * {@code ugh.employee} holds a post on the declaration list and has a spouse and a minor child in
 * the registry; the department's officer ran the campaigns of the three years before last, in which
 * this employee filed (modest incomes, a flat with its mortgage in §6.2, a car; the spouse's federal
 * loan bonds in §5.2). They are not published: publication on websites is suspended by Указ №968
 * of 29.12.2022 and stays off until the regional administrator enables it with its legal basis
 * ({@code /declarations/publication-settings}); the campaigns then publish from their pages. Last
 * year's campaign is left for the user to open — its 230-ФЗ comparison then has the three years on file.
 */
final class DemoDeclarations {

    private DemoDeclarations() {}

    static void load(
            Campaigns campaigns,
            Declarations declarations,
            Verifications verifications,
            RegistryLoad registry,
            DemoLookupStore lookup) {
        var officers = lookup.officer("ugh.officer");
        var employees = lookup.employeeOf("ugh.employee");
        if (officers.isEmpty() || employees.isEmpty()) {
            return;
        }
        CurrentUser officer = officers.get();
        long employee = employees.get();
        registry.requireDeclaration(employee);
        DemoLookupStore.Names names = lookup.names(employee);
        String last = names.last();
        int lastYear = LocalDate.now().getYear() - 1;
        boolean woman = last.endsWith("а") || last.endsWith("ая");
        String husband = woman ? RussianNames.masculine(last) : last;
        String[] spouse = woman
                ? family(registry, lookup, employee, "SPOUSE", husband, "Андрей", LocalDate.of(1984, 6, 2))
                : family(
                        registry,
                        lookup,
                        employee,
                        "SPOUSE",
                        RussianNames.feminine(last),
                        "Наталья",
                        LocalDate.of(1986, 2, 11));
        String[] child =
                family(registry, lookup, employee, "CHILD", husband, "Кирилл", LocalDate.of(lastYear - 9, 9, 1));
        long latest = 0;
        for (int year = lastYear - 3; year < lastYear; year++) {
            long campaign = campaigns.open(officer, year);
            long obligation = campaigns.obligationOf(officer, campaign, employee);
            int step = year - (lastYear - 3);
            List<Person> persons = new ArrayList<>();
            persons.add(withMortgage(
                    withAccounts(
                            person(
                                    Relation.DECLARANT,
                                    last,
                                    names.first(),
                                    names.middle(),
                                    null,
                                    720_000 + step * 40_000,
                                    List.of(new DeclarationContent.RealEstate(
                                            DeclarationContent.EstateKind.FLAT,
                                            "общая долевая, 1/2",
                                            new BigDecimal("58.4"),
                                            "Россия",
                                            "г. Калуга, ул. Кирова, д. 3, кв. 41")),
                                    List.of(new DeclarationContent.Vehicle(
                                            DeclarationContent.VehicleKind.CAR, "Kia Rio", 2016))),
                            year,
                            step == 2),
                    step));
            persons.add(withBonds(person(
                    Relation.SPOUSE, spouse[0], spouse[1], null, null, 310_000 + step * 20_000, List.of(), List.of())));
            LocalDate childBirth = child[2] == null ? null : LocalDate.parse(child[2]);
            if (childBirth == null || !childBirth.isAfter(LocalDate.of(year, 12, 31)))
                persons.add(person(Relation.CHILD, child[0], child[1], null, childBirth, 0, List.of(), List.of()));
            latest = declarations.submitPaper(
                    officer, obligation, new DeclarationContent(persons), LocalDate.of(year + 1, 4, 20));
        }
        verifications(verifications, officer, latest);
    }

    /**
     * Two проверки of the employee's latest declaration: one run from the decision to the report —
     * the notice within two working days, the explanation, an interview he asked for, requests to a
     * bank and to the registry, the term extended once, the report proposing a remark, the remark
     * itself with the explanation on file and within 25-ФЗ ст.27.1 ч.6, the employee informed; and
     * one control of expenses in progress with its notice and a request, the report still due.
     */
    private static void verifications(Verifications verifications, CurrentUser officer, long declaration) {
        LocalDate today = LocalDate.now();
        LocalDate decided = today.minusDays(85);
        long done = verifications.start(
                officer,
                declaration,
                new Verifications.Start(
                        VerificationKind.DECLARATION,
                        VerificationGround.AUTHORITIES.name(),
                        "УФНС России по Калужской области, письмо о счёте в банке, не указанном в справке",
                        "Городской Голова (представитель нанимателя)",
                        "47-р",
                        decided));
        verifications.notified(officer, done, decided.plusDays(1));
        verifications.interviewRequested(officer, done, decided.plusDays(3));
        verifications.interview(officer, done, decided.plusDays(8));
        verifications.explanation(
                officer,
                done,
                decided.plusDays(6),
                "Счёт открыт для зачисления кешбэка и в отчётном году не использовался; о нём забыл.");
        verifications.request(
                officer, done, "ПАО «Сбербанк»", "о счетах и остатках на 31 декабря", decided.plusDays(9));
        verifications.request(
                officer,
                done,
                "Управление Росреестра по Калужской области",
                "о недвижимом имуществе",
                decided.plusDays(9));
        verifications.extend(officer, done, 20, "Ответ банка не поступил в течение 60 дней.");
        verifications.report(
                officer,
                done,
                decided.plusDays(72),
                VerificationOutcome.PENALTY,
                "Не указан счёт в банке с остатком 1 200 ₽ на отчётную дату. Нарушение несущественное"
                        + " (методические рекомендации Минтруда), совершено впервые: предлагается замечание.");
        verifications.penalty(
                officer,
                done,
                VerificationPenalty.REMARK,
                decided.plusDays(76),
                decided.minusDays(2),
                LocalDate.of(today.getYear() - 1, 4, 20)); // the declaration was filed then
        verifications.informed(officer, done, decided.plusDays(77));

        LocalDate started = today.minusDays(6);
        long open = verifications.start(
                officer,
                declaration,
                new Verifications.Start(
                        VerificationKind.EXPENSES,
                        VerificationGround.PREVENTION_UNIT.name(),
                        "Докладная записка по итогам анализа сведений о расходах",
                        "Городской Голова (представитель нанимателя)",
                        "61-р",
                        started));
        verifications.notified(officer, open, started.plusDays(1));
        verifications.request(officer, open, "ПАО «Сбербанк»", "о движении средств по счетам", started.plusDays(2));
    }

    /** The relative of the kind, added when the registry has none; his last and first names. */
    private static String[] family(
            RegistryLoad registry,
            DemoLookupStore lookup,
            long employee,
            String relation,
            String last,
            String first,
            LocalDate birth) {
        var known = lookup.relative(employee, relation);
        if (known.isPresent()) {
            var r = known.get();
            return new String[] {
                r.lastName(),
                r.firstName(),
                r.birthDate() == null ? null : r.birthDate().toString()
            };
        }
        registry.addRelatives(
                List.of(new RegistryLoad.NewRelative(
                        employee,
                        new RelativeForm(
                                RelationKind.valueOf(relation),
                                last,
                                first,
                                null,
                                birth,
                                null,
                                null,
                                null,
                                null,
                                null))),
                "demo");
        return new String[] {last, first, birth.toString()};
    }

    /**
     * §4: the salary account every year and, in the last year only, a deposit opened that year whose
     * inflows exceed the household's income of three years — what «Сравнить с прошлым годом» and
     * the checks then show (an account appeared; inflows above the income, a statement required).
     */
    private static Person withAccounts(Person p, int year, boolean deposit) {
        List<DeclarationContent.Account> accounts = new ArrayList<>();
        accounts.add(new DeclarationContent.Account(
                "ПАО Сбербанк, текущий счёт",
                "рубль",
                LocalDate.of(2014, 9, 1),
                BigDecimal.valueOf(84_300 + (year % 10) * 1_150L),
                BigDecimal.valueOf(690_000 + (year % 10) * 9_000L)));
        if (deposit) {
            accounts.add(new DeclarationContent.Account(
                    "АО «Т-Банк», вклад",
                    "рубль",
                    LocalDate.of(year, 3, 12),
                    BigDecimal.valueOf(3_950_000),
                    BigDecimal.valueOf(4_200_000)));
        }
        return with(p, List.copyOf(accounts), p.securities(), p.obligations());
    }

    /** §6.2: the mortgage of the flat, repaid a little every year. */
    private static Person withMortgage(Person p, int step) {
        var mortgage = new DeclarationContent.FinancialObligation(
                "ипотечный кредит",
                DeclarationContent.ObligationRole.DEBTOR,
                "ПАО Сбербанк",
                "кредитный договор от 14.03.2019 № 93541",
                BigDecimal.valueOf(2_400_000),
                BigDecimal.valueOf(1_650_000 - step * 260_000L),
                "9,1 % годовых, залог квартиры");
        return with(p, p.accounts(), p.securities(), List.of(mortgage));
    }

    /** §5.2: federal loan bonds, the same every year. */
    private static Person withBonds(Person p) {
        var bonds = new DeclarationContent.Security(
                "облигации федерального займа (ОФЗ 26238)",
                "Министерство финансов Российской Федерации",
                BigDecimal.valueOf(1000),
                BigDecimal.valueOf(150),
                new BigDecimal("148500.00"));
        return with(p, p.accounts(), List.of(bonds), p.obligations());
    }

    /** The person with these §4 accounts, §5.2 securities and §6.2 obligations (the rest kept). */
    private static Person with(
            Person p,
            List<DeclarationContent.Account> accounts,
            List<DeclarationContent.Security> securities,
            List<DeclarationContent.FinancialObligation> obligations) {
        return new Person(
                p.relation(),
                p.lastName(),
                p.firstName(),
                p.middleName(),
                p.birthDate(),
                p.incomes(),
                p.expenses(),
                p.realEstate(),
                p.vehicles(),
                accounts,
                p.shares(),
                p.inUse(),
                p.digitalAssets(),
                p.digitalCurrency(),
                securities,
                obligations,
                p.gifts(),
                p.utilityRights(),
                p.title());
    }

    private static Person person(
            Relation relation,
            String last,
            String first,
            String middle,
            LocalDate birth,
            long income,
            List<DeclarationContent.RealEstate> estate,
            List<DeclarationContent.Vehicle> vehicles) {
        return new Person(
                relation,
                last,
                first,
                middle,
                birth,
                income == 0
                        ? List.of()
                        : List.of(new DeclarationContent.Income(
                                DeclarationContent.IncomeKind.MAIN_JOB, null, BigDecimal.valueOf(income))),
                List.of(),
                estate,
                vehicles,
                List.of(),
                List.of(),
                List.of());
    }
}
