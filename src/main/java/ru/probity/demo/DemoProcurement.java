package ru.probity.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import ru.probity.identifiers.Identifiers;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.CompanyRole;
import ru.probity.procurement.model.CompanyShare;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.PersonLink;
import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.model.Supplier;
import ru.probity.procurement.names.RussianNames;

/**
 * The demo region's suppliers and contracts: a year of purchases by the organizations that buy,
 * from background companies, with conflicts planted for every rule so the demo shows them — the
 * spouse of УГХ's contract manager directs a supplier (44-ФЗ), a head's child owns a supplier
 * through a holding (44-ФЗ, beneficiary), an in-law of an ordinary employee holds a share (273-ФЗ),
 * a supplier uses an employee's phone, an employee directed a supplier until a year ago, and a
 * commission member's sibling is an individual entrepreneur. Plain Java, deterministic.
 */
final class DemoProcurement {

    static final String UGH = "Управление городского хозяйства города Калуги";

    /** What the loader stores. */
    record Deals(List<Company> companies, List<Entrepreneur> entrepreneurs, List<Contract> contracts) {}

    private final DemoRegion region;
    private final LocalDate today;
    private final Random random = new Random(40);
    private final List<Company> companies = new ArrayList<>();
    private final List<Entrepreneur> entrepreneurs = new ArrayList<>();
    private final List<Contract> contracts = new ArrayList<>();
    private int companySerial;
    private int contractSerial;

    DemoProcurement(DemoRegion region, LocalDate today) {
        this.region = region;
        this.today = today;
    }

    Deals generate() {
        List<DemoRegion.Organization> buyers = region.organizations().stream()
                .filter(o -> o.inn() != null && o.kpp() != null)
                .toList();
        List<Company> background = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            background.add(backgroundCompany());
        }
        companies.addAll(background);
        for (int i = 0; i < 1200; i++) {
            DemoRegion.Organization buyer = buyers.get(random.nextInt(buyers.size()));
            Company supplier = background.get(random.nextInt(background.size()));
            contracts.add(contract(buyer, legalEntity(supplier), today.minusDays(random.nextInt(360) + 1)));
        }
        plantConflicts();
        return new Deals(companies, entrepreneurs, contracts);
    }

    private void plantConflicts() {
        DemoRegion.Organization ugh = region.organization(UGH);
        // 44-ФЗ: the spouse of УГХ's contract manager is the director of the supplier
        var managerPair = pair(ugh, DemoRegion.Employee::contractManager, List.of(DemoRelation.SPOUSE));
        Company stroy = company(
                "ООО «СТРОЙИНВЕСТ-К»", List.of(director(managerPair.relative())), List.of(), today.minusYears(3));
        companies.add(stroy);
        contracts.add(contract(managerPair.organization(), legalEntity(stroy), today.minusDays(40)));

        // 44-ФЗ, beneficiary: a head's child owns 60 % of a holding that owns 50 % of the supplier (30 %)
        var headPair = pair(
                region.organization("Управление образования города Калуги"),
                DemoRegion.Employee::headOfCustomer,
                List.of(DemoRelation.CHILD, DemoRelation.SIBLING, DemoRelation.PARENT));
        Company holding = company(
                "ООО «ОКА-ХОЛДИНГ»", List.of(founder(headPair.relative(), "60")), List.of(), today.minusYears(4));
        Company books = company(
                "ООО «УЧЕБНЫЙ МИР»", List.of(backgroundPerson()), List.of(share(holding, "50")), today.minusYears(2));
        companies.add(holding);
        companies.add(books);
        contracts.add(contract(headPair.organization(), legalEntity(books), today.minusDays(75)));

        // 273-ФЗ: an in-law (the spouse's brother, sister or parent, or a child's spouse) of an ordinary
        // employee holds 5 % of the supplier
        var inLawPair = pair(
                ugh,
                e -> !e.hasProcurementRole(),
                List.of(DemoRelation.SPOUSE_SIBLING, DemoRelation.SPOUSE_PARENT, DemoRelation.CHILD_SPOUSE));
        var inLaw = inLawPair.relative();
        Company green = company(
                "ООО «ЗЕЛЁНЫЙ ГОРОД»",
                List.of(backgroundPerson(), founder(inLaw, "5")),
                List.of(),
                today.minusYears(5));
        companies.add(green);
        contracts.add(contract(inLawPair.organization(), legalEntity(green), today.minusDays(20)));

        // a shared contact: the supplier gives an employee's phone as its own
        var obninsk = region.organizations().stream()
                .filter(o -> o.kind().equals("ADMINISTRATION") && o.name().contains("Обнинск"))
                .findFirst()
                .orElseThrow();
        var clerk = employee(obninsk, e -> e.phone() != null);
        Company service = new Company(
                nextInn(),
                "402501001",
                nextOgrn(),
                "ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ «СЕРВИС-ПЛЮС»",
                "ООО «СЕРВИС-ПЛЮС»",
                "249030, Калужская область, г. Обнинск, ул. Курчатова, д. 12",
                null,
                clerk.phone(),
                today.minusYears(6),
                null,
                today.minusMonths(2),
                List.of(backgroundPerson()),
                List.of());
        companies.add(service);
        contracts.add(contract(
                obninsk,
                new Supplier(
                        Supplier.Kind.LEGAL_ENTITY,
                        service.inn(),
                        service.kpp(),
                        service.shortName(),
                        null,
                        service.address(),
                        clerk.phone(),
                        null),
                today.minusDays(15)));

        // a former tie: an employee of a district administration directed the supplier until a year ago
        var district = region.organizations().stream()
                .filter(o -> o.kind().equals("ADMINISTRATION") && o.name().contains("Боровский"))
                .findFirst()
                .orElseThrow();
        var former = employee(district, e -> e.inn() != null);
        String inn = nextInn();
        String ogrn = nextOgrn();
        PersonLink formerDirector = new PersonLink(
                former.inn(),
                name(former.lastName(), former.firstName(), former.middleName()),
                CompanyRole.DIRECTOR,
                "ГЕНЕРАЛЬНЫЙ ДИРЕКТОР",
                null,
                today.minusYears(6),
                null);
        companies.add(new Company(
                inn,
                "400301001",
                ogrn,
                "ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ «БОРОВСКИЙ ДОРСТРОЙ»",
                "ООО «БОРОВСКИЙ ДОРСТРОЙ»",
                "249010, Калужская область, г. Боровск, ул. Ленина, д. 5",
                null,
                null,
                today.minusYears(6),
                null,
                today.minusYears(2),
                List.of(formerDirector),
                List.of()));
        companies.add(new Company(
                inn,
                "400301001",
                ogrn,
                "ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ «БОРОВСКИЙ ДОРСТРОЙ»",
                "ООО «БОРОВСКИЙ ДОРСТРОЙ»",
                "249010, Калужская область, г. Боровск, ул. Ленина, д. 5",
                null,
                null,
                today.minusYears(6),
                null,
                today.minusYears(1),
                List.of(backgroundPerson()),
                List.of()));
        contracts.add(contract(
                district,
                new Supplier(
                        Supplier.Kind.LEGAL_ENTITY,
                        inn,
                        "400301001",
                        "ООО «БОРОВСКИЙ ДОРСТРОЙ»",
                        null,
                        null,
                        null,
                        null),
                today.minusDays(30)));

        // 44-ФЗ: a commission member's brother or sister is the supplier, an individual entrepreneur
        var memberPair = pair(
                ugh,
                DemoRegion.Employee::procurementCommissionMember,
                List.of(DemoRelation.SIBLING, DemoRelation.SPOUSE, DemoRelation.CHILD));
        var sibling = memberPair.relative();
        PersonName siblingName = name(sibling.lastName(), sibling.firstName(), sibling.middleName());
        entrepreneurs.add(new Entrepreneur(
                sibling.inn(),
                Identifiers.completeOgrnip("31840270" + String.format("%06d", 1)),
                upper(siblingName),
                null,
                "Калужская область, г. Калуга",
                today.minusYears(8),
                null,
                today.minusMonths(1)));
        contracts.add(contract(
                ugh,
                new Supplier(
                        Supplier.Kind.ENTREPRENEUR,
                        sibling.inn(),
                        null,
                        "ИП " + siblingName,
                        siblingName,
                        null,
                        null,
                        null),
                today.minusDays(55)));
    }

    /** An employee and his relative of one of the kinds (with an INN), the organization preferred first. */
    record Pair(DemoRegion.Organization organization, DemoRegion.Employee employee, DemoRegion.Relative relative) {}

    private Pair pair(DemoRegion.Organization preferred, Predicate<DemoRegion.Employee> test, List<String> relations) {
        List<DemoRegion.Organization> order = new ArrayList<>();
        order.add(preferred);
        region.organizations().stream()
                .filter(o -> o.inn() != null && o.kpp() != null && o != preferred)
                .forEach(order::add);
        for (DemoRegion.Organization o : order) {
            for (DemoRegion.Employee e : region.employees()) {
                if (e.organizationKey() != o.key() || !e.active() || !test.test(e)) {
                    continue;
                }
                for (DemoRegion.Relative r : region.relatives()) {
                    if (r.employeeKey() == e.key() && r.inn() != null && relations.contains(r.relation())) {
                        return new Pair(o, e, r);
                    }
                }
            }
        }
        throw new IllegalStateException("the demo region has no " + relations + " with an INN for such an employee");
    }

    private DemoRegion.Employee employee(DemoRegion.Organization organization, Predicate<DemoRegion.Employee> test) {
        return region.employees().stream()
                .filter(e -> e.organizationKey() == organization.key() && e.active() && test.test(e))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no fitting employee in " + organization.name()));
    }

    private Company backgroundCompany() {
        String name = DemoRandom.pick(
                        random, List.of("ТЕХНО", "СТРОЙ", "АЛЬФА", "ВЕКТОР", "ПРОМ", "СНАБ", "ЛАЙН", "ГАРАНТ"))
                + DemoRandom.pick(random, List.of("СЕРВИС", "КОМПЛЕКТ", "ТОРГ", "ИНВЕСТ", "МАСТЕР", "ПРОЕКТ", "СИСТЕМ"))
                + "-" + (++companySerial);
        return company(
                "ООО «" + name + "»",
                List.of(backgroundPerson(), founderOf(backgroundPerson(), "100")),
                List.of(),
                today.minusYears(1 + random.nextInt(15)));
    }

    private Company company(
            String shortName, List<PersonLink> people, List<CompanyShare> founders, LocalDate registered) {
        String fullName = shortName.replace("ООО", "ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ");
        return new Company(
                nextInn(),
                "402701001",
                nextOgrn(),
                fullName,
                shortName,
                "248000, Калужская область, г. Калуга, ул. Промышленная, д. " + (10 + companySerial),
                null,
                null,
                registered,
                null,
                today.minusMonths(1 + random.nextInt(6)),
                people,
                founders);
    }

    /** Background people are from Moscow (INN region 77): never the demo region's staff. */
    private PersonLink backgroundPerson() {
        boolean female = random.nextBoolean();
        String last = RussianNames.surname(RussianNames.randomSurname(random), female);
        String first = RussianNames.randomFirstName(random, female);
        String middle = RussianNames.patronymic(RussianNames.randomFirstName(random, false), female);
        String inn = Identifiers.completePersonInn("77" + String.format("%08d", random.nextInt(100_000_000)));
        return new PersonLink(
                inn,
                upper(name(last, first, middle)),
                CompanyRole.DIRECTOR,
                "ГЕНЕРАЛЬНЫЙ ДИРЕКТОР",
                null,
                today.minusYears(2),
                null);
    }

    private PersonLink director(DemoRegion.Relative r) {
        return new PersonLink(
                r.inn(),
                upper(name(r.lastName(), r.firstName(), r.middleName())),
                CompanyRole.DIRECTOR,
                "ГЕНЕРАЛЬНЫЙ ДИРЕКТОР",
                null,
                today.minusYears(3),
                null);
    }

    private PersonLink founder(DemoRegion.Relative r, String percent) {
        return new PersonLink(
                r.inn(),
                upper(name(r.lastName(), r.firstName(), r.middleName())),
                CompanyRole.FOUNDER,
                null,
                new BigDecimal(percent),
                today.minusYears(3),
                null);
    }

    private static PersonLink founderOf(PersonLink person, String percent) {
        return new PersonLink(
                person.inn(), person.name(), CompanyRole.FOUNDER, null, new BigDecimal(percent), person.since(), null);
    }

    private static CompanyShare share(Company owner, String percent) {
        return new CompanyShare(
                owner.inn(), owner.ogrn(), owner.shortName(), new BigDecimal(percent), owner.registeredOn(), null);
    }

    private static Supplier legalEntity(Company c) {
        return new Supplier(
                Supplier.Kind.LEGAL_ENTITY, c.inn(), c.kpp(), c.shortName(), null, c.address(), c.phone(), null);
    }

    private Contract contract(DemoRegion.Organization buyer, Supplier supplier, LocalDate signed) {
        String serial = String.format("%05d", ++contractSerial);
        return new Contract(
                "3" + buyer.inn() + signed.getYear() % 100 + serial,
                serial + "/" + signed.getYear(),
                signed,
                buyer.inn(),
                buyer.kpp(),
                buyer.name(),
                BigDecimal.valueOf(20_000 + random.nextInt(2_000_000)).setScale(2),
                "RUB",
                DemoRandom.pick(random, SUBJECTS),
                null,
                true,
                List.of(supplier));
    }

    private static final List<String> SUBJECTS = List.of(
            "Поставка канцелярских товаров",
            "Ремонт кровли здания",
            "Поставка компьютерной техники",
            "Уборка территории",
            "Поставка саженцев деревьев",
            "Техническое обслуживание лифтов",
            "Поставка строительных материалов",
            "Вывоз твёрдых коммунальных отходов",
            "Ремонт автомобильной дороги");

    private int identitySerial;

    /** Unique by construction: INN 40 + 5xxxxxx, OGRN 1 + year + 40 + the same serial. */
    private String nextInn() {
        return Identifiers.completeOrganizationInn("40" + (5_000_000 + ++identitySerial));
    }

    private String nextOgrn() {
        return Identifiers.completeOgrn("1154027" + String.format("%05d", identitySerial));
    }

    private static PersonName name(String last, String first, String middle) {
        return new PersonName(last, first, middle);
    }

    private static PersonName upper(PersonName n) {
        return new PersonName(
                n.lastName().toUpperCase(),
                n.firstName().toUpperCase(),
                n.middleName() == null ? null : n.middleName().toUpperCase());
    }
}
