package ru.probity.procurement.generator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import ru.probity.org.RelationKind;
import ru.probity.procurement.affiliation.ProcurementRole;
import ru.probity.procurement.affiliation.StaffPerson;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.CompanyRole;
import ru.probity.procurement.model.CompanyShare;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.PersonLink;
import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.model.Protocol;
import ru.probity.procurement.model.Supplier;

/**
 * A seeded generator of realistic test data: ЕГРЮЛ/ЕГРИП records, customers' employees and their
 * relatives, ЕИС contracts and protocols, with links planted in about 2 % of the contracts (every
 * rule and sub-case, see {@link Planter}) and the truth — every link the law implies for them. The
 * background cannot create links: its people carry surnames of another pool and INNs of another
 * range, and every phone, e-mail and address is unique. The same seed gives the same world.
 */
public final class WorldGenerator {

    static final String REGION = "40";
    private static final String[] REGIONS = {"40", "40", "40", "77", "50", "71", "32", "57"};
    static final LocalDate YEAR_START = LocalDate.of(2025, 1, 1);
    static final double PLANTED_SHARE = 0.02;

    final SplittableRandom random;
    final Size size;
    final List<Company> companies = new ArrayList<>();
    final List<Entrepreneur> entrepreneurs = new ArrayList<>();
    final List<StaffPerson> staff = new ArrayList<>();
    final List<Contract> contracts = new ArrayList<>();
    final List<Protocol> protocols = new ArrayList<>();
    final List<PlantedLink> truth = new ArrayList<>();
    final Map<String, String> caseOf = new LinkedHashMap<>();
    final List<Customer> customers = new ArrayList<>();
    /** The names of all staff people so far, and those no other staff person may take. */
    private final java.util.Set<String> staffNames = new java.util.HashSet<>();

    private final java.util.Set<String> reservedNames = new java.util.HashSet<>();
    private int backgroundPeople;
    private int decoys;
    int staffSerial;
    int relativeSerial;

    /** A customer with its employees (indexes into {@link #staff}). */
    record Customer(String inn, String kpp, String name, List<StaffPerson> employees) {}

    public WorldGenerator(long seed, Size size) {
        this.random = new SplittableRandom(seed);
        this.size = size;
    }

    public World generate() {
        customers();
        int backgroundEntrepreneurs = size.companies / 10;
        for (int i = 0; i < size.companies; i++) {
            companies.add(backgroundCompany(i));
        }
        for (int i = 0; i < backgroundEntrepreneurs; i++) {
            entrepreneurs.add(backgroundEntrepreneur(i));
        }
        Planter planter = new Planter(this);
        int planted = Math.max(Planter.CASES.length * 3, (int) Math.round(size.contracts * PLANTED_SHARE));
        int every = Math.max(1, size.contracts / planted);
        for (int i = 0; i < size.contracts; i++) {
            Customer customer = customers.get(random.nextInt(customers.size()));
            String regNum = regNum(i);
            if (i % every == every / 2 && planter.count() < planted) {
                planter.plant(regNum, customer);
            } else if (random.nextInt(100) == 0) {
                contracts.add(decoyContract(regNum, customer));
            } else {
                contracts.add(backgroundContract(regNum, customer, backgroundEntrepreneurs));
            }
        }
        return new World(companies, entrepreneurs, staff, contracts, protocols, truth, caseOf);
    }

    private void customers() {
        int count = Math.max(1, size.employees / 50);
        int perCustomer = size.employees / count;
        for (int c = 0; c < count; c++) {
            String inn = Codes.companyInn(REGION, Codes.CUSTOMERS + c);
            Customer customer = new Customer(
                    inn, Codes.kpp(REGION), "АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ № " + (c + 1), new ArrayList<>());
            customers.add(customer);
            for (int e = 0; e < perCustomer; e++) {
                ProcurementRole role = e == 0
                        ? ProcurementRole.HEAD
                        : e == 1
                                ? ProcurementRole.CONTRACT_SERVICE_HEAD
                                : e < 4
                                        ? ProcurementRole.CONTRACT_MANAGER
                                        : e < 8 ? ProcurementRole.COMMISSION_MEMBER : ProcurementRole.EMPLOYEE;
                StaffPerson employee = employee(customer, role, random.nextInt(100) < 95);
                for (int r = 0; r < size.relativesPerEmployee; r++) {
                    RelationKind kind = random.nextInt(14) == 0
                            ? null
                            : RelationKind.values()[random.nextInt(RelationKind.values().length)];
                    relative(employee, kind, random.nextInt(100) < 85);
                }
            }
        }
    }

    StaffPerson employee(Customer customer, ProcurementRole role, boolean withInn) {
        int n = staffSerial++;
        boolean male = random.nextBoolean();
        PersonName name = Names.random(random, Names.STAFF_SURNAMES, male);
        while (reservedNames.contains(nameKey(name))) {
            name = Names.random(random, Names.STAFF_SURNAMES, male);
        }
        staffNames.add(nameKey(name));
        StaffPerson p = new StaffPerson(
                "E" + Codes.pad(n, 7),
                hrName(name),
                null,
                withInn ? Codes.personInn(REGION, Codes.STAFF_PEOPLE + n) : null,
                null,
                Codes.phone("91", n),
                "staff" + n + "@mail.ru",
                staffAddress(n),
                customer.inn(),
                role == ProcurementRole.EMPLOYEE ? "специалист" : role.label(),
                role,
                null,
                null);
        staff.add(p);
        customer.employees().add(p);
        return p;
    }

    /** A relative of the employee; {@code kind} null is the file's «other». */
    StaffPerson relative(StaffPerson employee, RelationKind kind, boolean withInn) {
        return relative(employee, kind, withInn, false);
    }

    /**
     * A relative of the employee; {@code kind} null is the file's «other». A {@code unique} relative
     * gets a name no other staff person has or will have (a double-barrelled surname, as a married
     * woman or her children may carry): the registers copy only staff names (the planted people
     * and the namesake decoys), so his name stays unique there too — what a relative without INN
     * needs to be matched by name and region alone.
     */
    StaffPerson relative(StaffPerson employee, RelationKind kind, boolean withInn, boolean unique) {
        int n = staffSerial++;
        boolean family = kind != null && kind.name().indexOf("SPOUSE") < 0 || kind == RelationKind.SPOUSE;
        boolean male = random.nextBoolean();
        PersonName name;
        do {
            String surname = family ? Names.baseSurname(employee.name()) : Names.any(random, Names.STAFF_SURNAMES);
            // a unique name needs a double-barrelled surname: in a national world every single
            // surname, first name and patronymic combination is taken many times over
            name = unique
                    ? Names.doubleBarrelled(surname, Names.any(random, Names.STAFF_SURNAMES), random, male)
                    : Names.person(surname, random, male);
        } while (reservedNames.contains(nameKey(name)) || unique && staffNames.contains(nameKey(name)));
        staffNames.add(nameKey(name));
        if (unique) {
            reservedNames.add(nameKey(name));
        }
        StaffPerson p = new StaffPerson(
                "R" + Codes.pad(relativeSerial++, 7),
                hrName(name),
                null,
                withInn ? Codes.personInn(REGION, Codes.STAFF_PEOPLE + n) : null,
                null,
                random.nextBoolean() ? Codes.phone("92", n) : null,
                null,
                staffAddress(n),
                null,
                null,
                null,
                employee.personId(),
                kind);
        staff.add(p);
        return p;
    }

    /** A name as the registers compare it: upper case, Е for Ё. */
    private static String nameKey(PersonName name) {
        PersonName n = Names.register(name, false);
        return n.lastName() + ' ' + n.firstName() + ' ' + n.middleName();
    }

    /** HR files are mixed case; some write е for ё. */
    private PersonName hrName(PersonName name) {
        return Names.hasYo(name) && random.nextInt(3) == 0 ? Names.withoutYo(name) : name;
    }

    static String staffAddress(int n) {
        return "248001, Калужская обл, г Калуга, ул Садовая, д " + (n + 1) + ", кв 1";
    }

    /**
     * A background company: a director, and as owners either a parent company (15 %) or one to three
     * natural persons — one (30 %, half of them the director himself, as in most small ООО), two
     * (35 %) or three (20 %). That makes about 2.6 director and founder records per company.
     */
    private Company backgroundCompany(int i) {
        String region = REGIONS[random.nextInt(REGIONS.length)];
        int serial = Codes.BACKGROUND_COMPANIES + i;
        LocalDate registered = YEAR_START.minusDays(365 + random.nextInt(5000));
        List<PersonLink> people = new ArrayList<>(4);
        PersonLink director = backgroundPerson(region, CompanyRole.DIRECTOR, null, registered);
        people.add(director);
        List<CompanyShare> founders = new ArrayList<>(1);
        int roll = random.nextInt(100);
        if (roll < 15 && i > 0) {
            Company parent = companies.get(random.nextInt(i));
            founders.add(share(parent, 100, registered));
        } else if (roll < 45) {
            people.add(
                    random.nextBoolean()
                            ? new PersonLink(
                                    director.inn(),
                                    director.name(),
                                    CompanyRole.FOUNDER,
                                    null,
                                    BigDecimal.valueOf(100),
                                    registered,
                                    null)
                            : backgroundPerson(region, CompanyRole.FOUNDER, BigDecimal.valueOf(100), registered));
        } else if (roll < 80) {
            int a = 20 + random.nextInt(61);
            people.add(backgroundPerson(region, CompanyRole.FOUNDER, BigDecimal.valueOf(a), registered));
            people.add(backgroundPerson(region, CompanyRole.FOUNDER, BigDecimal.valueOf(100 - a), registered));
        } else {
            int a = 20 + random.nextInt(41);
            int b = 10 + random.nextInt(81 - a);
            people.add(backgroundPerson(region, CompanyRole.FOUNDER, BigDecimal.valueOf(a), registered));
            people.add(backgroundPerson(region, CompanyRole.FOUNDER, BigDecimal.valueOf(b), registered));
            people.add(backgroundPerson(region, CompanyRole.FOUNDER, BigDecimal.valueOf(100 - a - b), registered));
        }
        return company(region, serial, "ТОРГОВЫЙ ДОМ «ПРОМСНАБ-" + i + "»", registered, people, founders);
    }

    Company company(
            String region,
            int serial,
            String name,
            LocalDate registered,
            List<PersonLink> people,
            List<CompanyShare> founders) {
        return new Company(
                Codes.companyInn(region, serial),
                Codes.kpp(region),
                Codes.ogrn(region, serial),
                "ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ " + name,
                "ООО " + name,
                "248000, Калужская обл, г Калуга, ул Промышленная, д " + serial,
                "info@firm" + serial + ".ru",
                Codes.phone("95", serial),
                registered,
                null,
                YEAR_START.plusDays(360),
                people,
                founders);
    }

    static CompanyShare share(Company owner, double percent, LocalDate since) {
        return new CompanyShare(owner.inn(), owner.ogrn(), owner.fullName(), BigDecimal.valueOf(percent), since, null);
    }

    PersonLink backgroundPerson(String region, CompanyRole role, BigDecimal share, LocalDate since) {
        int n = backgroundPeople++;
        PersonName name = Names.register(Names.random(random, Names.BACKGROUND_SURNAMES, random.nextBoolean()), false);
        int noise = random.nextInt(100);
        if (noise == 0) {
            name = Names.latin(name);
        }
        String inn = noise < 97 ? Codes.personInn(region, Codes.BACKGROUND_PEOPLE + n) : null;
        return new PersonLink(
                inn, name, role, role == CompanyRole.DIRECTOR ? "ГЕНЕРАЛЬНЫЙ ДИРЕКТОР" : null, share, since, null);
    }

    private Entrepreneur backgroundEntrepreneur(int i) {
        int n = backgroundPeople++;
        PersonName name = Names.register(Names.random(random, Names.BACKGROUND_SURNAMES, random.nextBoolean()), false);
        return new Entrepreneur(
                Codes.personInn(REGION, Codes.BACKGROUND_PEOPLE + n),
                Codes.ogrnip(REGION, n),
                name,
                "ip" + n + "@yandex.ru",
                "248002, Калужская обл, г Калуга, ул Заводская, д " + (n + 1),
                YEAR_START.minusDays(400 + random.nextInt(3000)),
                null,
                YEAR_START.plusDays(360));
    }

    private Contract backgroundContract(String regNum, Customer customer, int backgroundEntrepreneurs) {
        Supplier supplier;
        if (backgroundEntrepreneurs > 0 && random.nextInt(100) < 15) {
            Entrepreneur e = entrepreneurs.get(random.nextInt(backgroundEntrepreneurs));
            supplier = new Supplier(
                    Supplier.Kind.ENTREPRENEUR,
                    e.inn(),
                    null,
                    "ИП " + e.name(),
                    e.name(),
                    e.address(),
                    null,
                    e.email());
        } else {
            supplier = supplierOf(companies.get(random.nextInt(size.companies)));
        }
        return contract(regNum, customer, supplier, random.nextInt(10) < 7);
    }

    /**
     * A contract with a company whose director has exactly the name of one of the customer's people
     * but another INN. The target has an INN of his own: that is what makes the two different
     * people; a same-name person of the same region next to a staff row without INN is
     * indistinguishable from a real link and is not a decoy.
     */
    private Contract decoyContract(String regNum, Customer customer) {
        List<StaffPerson> withInn =
                customer.employees().stream().filter(e -> e.inn() != null).toList();
        List<StaffPerson> pool = withInn.isEmpty() ? customer.employees() : withInn;
        StaffPerson target = pool.get(random.nextInt(pool.size()));
        int n = decoys++;
        PersonLink director = new PersonLink(
                Codes.personInn(REGION, Codes.DECOY_PEOPLE + n),
                Names.register(target.name(), true),
                CompanyRole.DIRECTOR,
                "ДИРЕКТОР",
                null,
                YEAR_START.minusYears(3),
                null);
        Company decoy = company(
                REGION,
                Codes.PLANTED_COMPANIES + 500_000 + n,
                "ТЁЗКА-" + n,
                YEAR_START.minusYears(3),
                List.of(director),
                List.of());
        companies.add(decoy);
        caseOf.put(regNum, "decoy_namesake");
        return contract(regNum, customer, supplierOf(decoy), random.nextBoolean());
    }

    static Supplier supplierOf(Company c) {
        return new Supplier(
                Supplier.Kind.LEGAL_ENTITY, c.inn(), c.kpp(), c.shortName(), null, c.address(), c.phone(), c.email());
    }

    Contract contract(String regNum, Customer customer, Supplier supplier, boolean competitive) {
        LocalDate signed = YEAR_START.plusDays(random.nextInt(330));
        String purchase = competitive ? "0137300000125" + regNum.substring(regNum.length() - 6) : null;
        return new Contract(
                regNum,
                "К-" + regNum.substring(regNum.length() - 6),
                signed,
                customer.inn(),
                customer.kpp(),
                customer.name(),
                BigDecimal.valueOf(10_000 + random.nextInt(5_000_000)),
                "RUB",
                "Поставка товаров для муниципальных нужд",
                purchase,
                !competitive,
                List.of(supplier));
    }

    static String regNum(int i) {
        return "34027" + Codes.pad(i, 14);
    }
}
