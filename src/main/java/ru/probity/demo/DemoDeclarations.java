package ru.probity.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.declarations.Campaigns;
import ru.probity.declarations.Declarations;
import ru.probity.declarations.checks.DeclarationContent;
import ru.probity.declarations.checks.DeclarationContent.Person;
import ru.probity.declarations.checks.DeclarationContent.Relation;
import ru.probity.procurement.names.RussianNames;

/**
 * Declarations of the demo: the employee of the Kaluga city economy department with the account
 * {@code ugh.employee} holds a post on the declaration list and has a spouse and a minor child in
 * the registry; the department's officer ran the campaigns of the three years before last, in which
 * this employee filed (modest incomes, a flat with its mortgage in §6.2, a car; the spouse's federal
 * loan bonds in §5.2) and which are published. Last year's
 * campaign is left for the user to open — its 230-ФЗ comparison then has the three years on file.
 */
final class DemoDeclarations {

    private DemoDeclarations() {}

    static void load(Campaigns campaigns, Declarations declarations, JdbcTemplate jdbc) {
        List<CurrentUser> officers = jdbc.query(
                "select id, username, full_name, organization_id from app_user where username = 'ugh.officer'",
                (rs, n) -> new CurrentUser(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        Role.ANTICORRUPTION_OFFICER,
                        rs.getLong(4),
                        null));
        List<Long> employees =
                jdbc.queryForList("select employee_id from app_user where username = 'ugh.employee'", Long.class);
        if (officers.isEmpty() || employees.isEmpty() || employees.getFirst() == null) {
            return;
        }
        CurrentUser officer = officers.getFirst();
        long employee = employees.getFirst();
        jdbc.update("update employee set declaration_required = true where id = ?", employee);
        var names = jdbc.queryForMap("select last_name, first_name, middle_name from employee where id = ?", employee);
        String last = (String) names.get("last_name");
        int lastYear = LocalDate.now().getYear() - 1;
        boolean woman = last.endsWith("а") || last.endsWith("ая");
        String husband = woman ? RussianNames.masculine(last) : last;
        String[] spouse = woman
                ? family(jdbc, employee, "SPOUSE", husband, "Андрей", LocalDate.of(1984, 6, 2))
                : family(jdbc, employee, "SPOUSE", RussianNames.feminine(last), "Наталья", LocalDate.of(1986, 2, 11));
        String[] child = family(jdbc, employee, "CHILD", husband, "Кирилл", LocalDate.of(lastYear - 9, 9, 1));
        for (int year = lastYear - 3; year < lastYear; year++) {
            long campaign = campaigns.open(officer, year);
            long obligation = campaigns.obligationOf(officer, campaign, employee);
            int step = year - (lastYear - 3);
            List<Person> persons = new ArrayList<>();
            persons.add(withMortgage(
                    person(
                            Relation.DECLARANT,
                            last,
                            (String) names.get("first_name"),
                            (String) names.get("middle_name"),
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
                    step));
            persons.add(withBonds(person(
                    Relation.SPOUSE, spouse[0], spouse[1], null, null, 310_000 + step * 20_000, List.of(), List.of())));
            LocalDate childBirth = child[2] == null ? null : LocalDate.parse(child[2]);
            if (childBirth == null || !childBirth.isAfter(LocalDate.of(year, 12, 31)))
                persons.add(person(Relation.CHILD, child[0], child[1], null, childBirth, 0, List.of(), List.of()));
            declarations.submitPaper(
                    officer, obligation, new DeclarationContent(persons), LocalDate.of(year + 1, 4, 20));
            campaigns.publish(officer, campaign);
        }
    }

    /** The relative of the kind, added when the registry has none; his last and first names. */
    private static String[] family(
            JdbcTemplate jdbc, long employee, String relation, String last, String first, LocalDate birth) {
        List<String[]> known = jdbc.query(
                "select last_name, first_name, birth_date from relative where employee_id = ? and relation = ?"
                        + (relation.equals("CHILD") ? " and birth_date > current_date - interval '17 years'" : "")
                        + " order by id limit 1",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)},
                employee,
                relation);
        if (!known.isEmpty()) {
            return known.getFirst();
        }
        jdbc.update("""
                insert into relative (employee_id, relation, last_name, first_name, birth_date, created_by, updated_by)
                values (?, ?, ?, ?, ?, 'demo', 'demo')""", employee, relation, last, first, birth);
        return new String[] {last, first, birth.toString()};
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
                p.accounts(),
                p.shares(),
                p.inUse(),
                List.of(),
                List.of(),
                List.of(),
                List.of(mortgage),
                List.of());
    }

    /** §5.2: federal loan bonds, the same every year. */
    private static Person withBonds(Person p) {
        var bonds = new DeclarationContent.Security(
                "облигации федерального займа (ОФЗ 26238)",
                "Министерство финансов Российской Федерации",
                BigDecimal.valueOf(1000),
                BigDecimal.valueOf(150),
                new BigDecimal("148500.00"));
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
                p.accounts(),
                p.shares(),
                p.inUse(),
                List.of(),
                List.of(),
                List.of(bonds),
                List.of(),
                List.of());
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
