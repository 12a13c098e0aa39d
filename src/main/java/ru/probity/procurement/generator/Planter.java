package ru.probity.procurement.generator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import ru.probity.procurement.model.Supplier;

/** Plants one link structure per call, cycling through every rule and sub-case, and records its truth. */
final class Planter {

    /** The planted sub-cases; each gets an equal share of the planted contracts. */
    enum Case {
        SELF_INDIVIDUAL,
        SELF_ENTREPRENEUR,
        SELF_ENTREPRENEUR_NO_INN_EMAIL,
        SELF_DIRECTOR,
        KIN44_DIRECTOR,
        KIN44_BOARD_MEMBER,
        KIN44_FOUNDER,
        KIN_FOUNDER_10_PERCENT,
        KIN44_CHAIN_2,
        KIN44_CHAIN_3,
        KIN_CHAIN_UNDER_10,
        KIN_UPPER_DIRECTOR,
        IN_LAW_DIRECTOR,
        IN_LAW_CHAIN_3,
        EMPLOYEE_KIN_DIRECTOR,
        KIN44_INDIVIDUAL,
        SHARED_PHONE,
        SHARED_EMAIL,
        FORMER_DIRECTOR,
        FORMER_FOUNDER,
        FORMER_ENTREPRENEUR,
        OTHER_RELATION_DIRECTOR,
        PROTOCOL_ONLY_OFFICIAL,
        KIN44_NO_INN,
        KIN44_TWO_CHAINS_SUM
    }

    static final Case[] CASES = Case.values();
    private static final RelationKind[] KIN44 = {
        RelationKind.SPOUSE,
        RelationKind.PARENT,
        RelationKind.CHILD,
        RelationKind.SIBLING,
        RelationKind.HALF_SIBLING,
        RelationKind.GRANDPARENT,
        RelationKind.GRANDCHILD,
        RelationKind.ADOPTIVE_PARENT,
        RelationKind.ADOPTED_CHILD
    };
    private static final RelationKind[] IN_LAWS = {
        RelationKind.SPOUSE_PARENT, RelationKind.SPOUSE_SIBLING, RelationKind.SPOUSE_CHILD, RelationKind.CHILD_SPOUSE
    };

    private final WorldGenerator g;
    private int count;
    private int companySerial;
    private int personSerial;
    /** Employees already in a planted structure: one person, one planted role (no accidental cross links). */
    private final java.util.Set<String> used = new java.util.HashSet<>();

    Planter(WorldGenerator g) {
        this.g = g;
    }

    int count() {
        return count;
    }

    void plant(String regNum, WorldGenerator.Customer customer) {
        int n = count++;
        Case c = CASES[n % CASES.length];
        int round = n / CASES.length;
        LocalDate signed = WorldGenerator.YEAR_START.plusDays(g.random.nextInt(330));
        boolean competitive = c == Case.PROTOCOL_ONLY_OFFICIAL || g.random.nextInt(10) < 7;
        RelationKind kin = KIN44[n % KIN44.length];
        RelationKind inLaw = IN_LAWS[n % IN_LAWS.length];
        StaffPerson e;
        StaffPerson p;
        Law.Tie tie;
        double percent = 0;
        Supplier supplier;
        switch (c) {
            case SELF_INDIVIDUAL, SELF_ENTREPRENEUR -> {
                e = p = official(customer);
                tie = Law.Tie.SUPPLIER;
                supplier = c == Case.SELF_INDIVIDUAL ? individual(p, p.inn()) : entrepreneur(p, p.inn(), null, null);
            }
            case SELF_ENTREPRENEUR_NO_INN_EMAIL -> {
                e = p = g.employee(customer, ProcurementRole.COMMISSION_MEMBER, false);
                tie = Law.Tie.SUPPLIER;
                supplier = entrepreneur(p, realInn(), p.email().toUpperCase(Locale.ROOT), null);
            }
            case SELF_DIRECTOR -> {
                e = p = withInn(customer, g.random.nextBoolean());
                tie = Law.Tie.DIRECTOR;
                supplier = company(List.of(link(p, p.inn(), CompanyRole.DIRECTOR, null, null)), List.of());
            }
            case KIN44_DIRECTOR,
                    IN_LAW_DIRECTOR,
                    EMPLOYEE_KIN_DIRECTOR,
                    OTHER_RELATION_DIRECTOR,
                    PROTOCOL_ONLY_OFFICIAL,
                    KIN44_NO_INN -> {
                boolean ordinary = c == Case.EMPLOYEE_KIN_DIRECTOR || c == Case.PROTOCOL_ONLY_OFFICIAL;
                e = ordinary ? ordinary(customer) : official(customer);
                RelationKind kind = c == Case.IN_LAW_DIRECTOR ? inLaw : c == Case.OTHER_RELATION_DIRECTOR ? null : kin;
                p = c == Case.KIN44_NO_INN ? g.relative(e, kind, false, true) : g.relative(e, kind, true);
                tie = Law.Tie.DIRECTOR;
                String inn = p.inn() != null ? p.inn() : realInn();
                supplier = company(List.of(link(p, inn, CompanyRole.DIRECTOR, null, null)), List.of());
            }
            case KIN44_BOARD_MEMBER -> {
                e = official(customer);
                p = g.relative(e, kin, true);
                tie = Law.Tie.BOARD_MEMBER;
                supplier =
                        company(List.of(director(), link(p, p.inn(), CompanyRole.BOARD_MEMBER, null, null)), List.of());
            }
            case KIN44_FOUNDER, KIN_FOUNDER_10_PERCENT -> {
                e = official(customer);
                p = g.relative(e, kin, true);
                tie = Law.Tie.OWNER;
                percent = c == Case.KIN44_FOUNDER ? 11 + g.random.nextInt(50) : (round % 2 == 0 ? 10 : 5);
                supplier = company(
                        List.of(
                                director(),
                                link(p, p.inn(), CompanyRole.FOUNDER, percent, null),
                                founder(100 - percent)),
                        List.of());
            }
            case KIN44_CHAIN_2, KIN44_CHAIN_3, KIN_CHAIN_UNDER_10, IN_LAW_CHAIN_3 -> {
                boolean three = c == Case.KIN44_CHAIN_3 || c == Case.IN_LAW_CHAIN_3;
                e = c == Case.IN_LAW_CHAIN_3 ? ordinary(customer) : official(customer);
                p = g.relative(e, c == Case.IN_LAW_CHAIN_3 ? inLaw : kin, true);
                tie = Law.Tie.OWNER;
                double x = c == Case.KIN_CHAIN_UNDER_10 ? 30 : 60 + g.random.nextInt(41);
                double y = c == Case.KIN_CHAIN_UNDER_10 ? 20 : 50 + g.random.nextInt(51);
                double z = three ? 40 + g.random.nextInt(61) : 100;
                percent = x * y * z / 10_000;
                List<PersonLink> owners =
                        new ArrayList<>(List.of(director(), link(p, p.inn(), CompanyRole.FOUNDER, x, null)));
                if (x < 100) {
                    owners.add(founder(100 - x));
                }
                Company top = holding(owners, List.of());
                Company middle = three ? holding(List.of(director()), shares(top, y)) : top;
                supplier = company(List.of(director()), shares(middle, three ? z : y));
            }
            case KIN44_TWO_CHAINS_SUM -> {
                e = official(customer);
                p = g.relative(e, kin, true);
                tie = Law.Tie.OWNER;
                percent = 40 * 15 / 100.0 * 2; // two chains of 6 %: 12 %, a beneficiary only by the sum
                Company a = holding(
                        List.of(director(), link(p, p.inn(), CompanyRole.FOUNDER, 40.0, null), founder(60)), List.of());
                Company b = holding(
                        List.of(director(), link(p, p.inn(), CompanyRole.FOUNDER, 40.0, null), founder(60)), List.of());
                List<CompanyShare> owners = new ArrayList<>(shares(a, 15));
                owners.addAll(shares(b, 15));
                supplier = company(List.of(director(), founder(70)), owners);
            }
            case KIN_UPPER_DIRECTOR -> {
                e = official(customer);
                p = g.relative(e, kin, true);
                tie = Law.Tie.UPPER_MANAGER;
                Company top = holding(List.of(link(p, p.inn(), CompanyRole.DIRECTOR, null, null)), List.of());
                supplier = company(List.of(director()), shares(top, 100));
            }
            case KIN44_INDIVIDUAL -> {
                e = official(customer);
                p = g.relative(e, kin, true);
                tie = Law.Tie.SUPPLIER;
                supplier = individual(p, p.inn());
            }
            case SHARED_PHONE, SHARED_EMAIL -> {
                e = withInn(customer, g.random.nextBoolean());
                p = c == Case.SHARED_PHONE && round % 2 == 1 ? g.relative(e, kin, true) : e;
                if (p.phone() == null) {
                    p = e;
                }
                tie = Law.Tie.CONTACT;
                Company company = holding(List.of(director()), List.of());
                if (c == Case.SHARED_PHONE) {
                    supplier = new Supplier(
                            Supplier.Kind.LEGAL_ENTITY,
                            company.inn(),
                            company.kpp(),
                            company.shortName(),
                            null,
                            company.address(),
                            Codes.phoneDigits8(p.phone()),
                            company.email());
                } else {
                    company = withEmail(company, p.email().toUpperCase(Locale.ROOT));
                    supplier = WorldGenerator.supplierOf(company);
                }
                g.companies.set(g.companies.size() - 1, company);
            }
            case FORMER_DIRECTOR, FORMER_FOUNDER -> {
                e = official(customer);
                p = round % 3 == 0 ? e : g.relative(e, round % 3 == 1 ? kin : inLaw, true);
                tie = Law.Tie.FORMER;
                // the person left on `until` and someone else took his place; the written registry
                // shows it as an older extract with him and a newer one without (WorldFiles)
                LocalDate until = signed.minusDays(365 + g.random.nextInt(365));
                supplier = c == Case.FORMER_DIRECTOR
                        ? company(
                                List.of(
                                        link(p, p.inn(), CompanyRole.DIRECTOR, null, until),
                                        g.backgroundPerson(WorldGenerator.REGION, CompanyRole.DIRECTOR, null, until),
                                        founder(100)),
                                List.of())
                        : company(
                                List.of(
                                        director(),
                                        link(p, p.inn(), CompanyRole.FOUNDER, 50.0, until),
                                        founder(50),
                                        g.backgroundPerson(
                                                WorldGenerator.REGION,
                                                CompanyRole.FOUNDER,
                                                BigDecimal.valueOf(50),
                                                until)),
                                List.of());
            }
            case FORMER_ENTREPRENEUR -> {
                e = official(customer);
                p = round % 2 == 0 ? e : g.relative(e, kin, true);
                tie = Law.Tie.SUPPLIER;
                LocalDate ended = signed.minusDays(365 + g.random.nextInt(365));
                Supplier ip = entrepreneur(p, p.inn(), null, ended);
                supplier = new Supplier(
                        Supplier.Kind.INDIVIDUAL, ip.inn(), null, null, ip.person(), ip.address(), null, null);
            }
            default -> throw new IllegalStateException(c.name());
        }
        Contract contract = g.contract(regNum, customer, supplier, competitive);
        contract = new Contract(
                contract.regNum(),
                contract.number(),
                signed,
                contract.customerInn(),
                contract.customerKpp(),
                contract.customerName(),
                contract.price(),
                contract.currency(),
                contract.subject(),
                contract.purchaseNumber(),
                contract.singleSupplier(),
                contract.suppliers());
        g.contracts.add(contract);
        boolean listed = false;
        if (contract.purchaseNumber() != null) {
            StaffPerson extra = c == Case.PROTOCOL_ONLY_OFFICIAL && Commissions.uniqueName(customer, e) ? e : null;
            g.protocols.add(Commissions.protocol(contract, customer, extra, round, g.random));
            listed = extra != null;
        }
        boolean official = e.role().officialUnder44() || listed;
        boolean commission = e.role() == ProcurementRole.COMMISSION_MEMBER || listed;
        List<PlantedLink> links = new ArrayList<>(Law.links(regNum, e, p, tie, percent, official, commission));
        if (c == Case.FORMER_ENTREPRENEUR) {
            links.addAll(Law.links(regNum, e, p, Law.Tie.FORMER, 0, official, commission));
        }
        if (c == Case.SELF_ENTREPRENEUR_NO_INN_EMAIL) {
            links.addAll(Law.links(regNum, e, p, Law.Tie.CONTACT, 0, official, commission));
        }
        g.truth.addAll(links);
        g.caseOf.put(regNum, c.name().toLowerCase(Locale.ROOT));
    }

    private StaffPerson official(WorldGenerator.Customer customer) {
        for (int tries = 0; tries < 20; tries++) {
            StaffPerson s = customer.employees()
                    .get(g.random.nextInt(Math.min(8, customer.employees().size())));
            if (s.inn() != null && s.role().officialUnder44() && used.add(s.personId())) {
                return s;
            }
        }
        return fresh(g.employee(customer, ProcurementRole.CONTRACT_MANAGER, true));
    }

    private StaffPerson ordinary(WorldGenerator.Customer customer) {
        List<StaffPerson> list = customer.employees();
        for (int tries = 0; tries < 20 && list.size() > 8; tries++) {
            StaffPerson s = list.get(8 + g.random.nextInt(list.size() - 8));
            if (s.inn() != null && s.role() == ProcurementRole.EMPLOYEE && used.add(s.personId())) {
                return s;
            }
        }
        return fresh(g.employee(customer, ProcurementRole.EMPLOYEE, true));
    }

    private StaffPerson fresh(StaffPerson s) {
        used.add(s.personId());
        return s;
    }

    private StaffPerson withInn(WorldGenerator.Customer customer, boolean official) {
        return official ? official(customer) : ordinary(customer);
    }

    /** The INN of a person whose staff row lacks it (the registers know it). */
    private String realInn() {
        return Codes.personInn(WorldGenerator.REGION, Codes.STAFF_PEOPLE + 5_000_000 + personSerial++);
    }

    /**
     * The person as a register writes him: upper case, ё mostly as Е, now and then in Latin letters
     * or with a typo — but only when the staff row has the INN: without it the name is all there
     * is to go on, and a misspelt name with no INN is not a link anyone could assert.
     */
    private PersonLink link(StaffPerson p, String inn, CompanyRole role, Double share, LocalDate until) {
        int noise = p.inn() == null ? 2 + g.random.nextInt(18) : g.random.nextInt(20);
        PersonName name = noise == 0
                ? Names.latin(p.name())
                : noise == 1 ? Names.typo(Names.register(p.name(), false)) : Names.register(p.name(), noise < 5);
        String post =
                role == CompanyRole.DIRECTOR ? "ДИРЕКТОР" : role == CompanyRole.BOARD_MEMBER ? "ЧЛЕН ПРАВЛЕНИЯ" : null;
        return new PersonLink(
                inn,
                name,
                role,
                post,
                share == null ? null : BigDecimal.valueOf(share),
                WorldGenerator.YEAR_START.minusYears(4),
                until);
    }

    private PersonLink director() {
        return g.backgroundPerson(
                WorldGenerator.REGION, CompanyRole.DIRECTOR, null, WorldGenerator.YEAR_START.minusYears(4));
    }

    private PersonLink founder(double share) {
        return g.backgroundPerson(
                WorldGenerator.REGION,
                CompanyRole.FOUNDER,
                BigDecimal.valueOf(share),
                WorldGenerator.YEAR_START.minusYears(4));
    }

    private static List<CompanyShare> shares(Company owner, double percent) {
        return List.of(WorldGenerator.share(owner, percent, WorldGenerator.YEAR_START.minusYears(4)));
    }

    private Company holding(List<PersonLink> people, List<CompanyShare> founders) {
        int serial = Codes.PLANTED_COMPANIES + companySerial++;
        Company c = g.company(
                WorldGenerator.REGION,
                serial,
                "ГРУППА «ВЕКТОР-" + serial + "»",
                WorldGenerator.YEAR_START.minusYears(5),
                people,
                founders);
        g.companies.add(c);
        return c;
    }

    private Supplier company(List<PersonLink> people, List<CompanyShare> founders) {
        return WorldGenerator.supplierOf(holding(people, founders));
    }

    private static Company withEmail(Company c, String email) {
        return new Company(
                c.inn(),
                c.kpp(),
                c.ogrn(),
                c.fullName(),
                c.shortName(),
                c.address(),
                email,
                c.phone(),
                c.registeredOn(),
                c.terminatedOn(),
                c.extractDate(),
                c.people(),
                c.founders());
    }

    private Supplier individual(StaffPerson p, String inn) {
        return new Supplier(Supplier.Kind.INDIVIDUAL, inn, null, null, p.name(), null, null, null);
    }

    /** Registers the person as an entrepreneur in ЕГРИП and gives the supplier of the contract. */
    private Supplier entrepreneur(StaffPerson p, String inn, String email, LocalDate terminated) {
        int serial = 8_000_000 + personSerial++;
        Entrepreneur ip = new Entrepreneur(
                inn,
                Codes.ogrnip(WorldGenerator.REGION, serial),
                Names.register(p.name(), false),
                email != null ? email : "ip" + serial + "@yandex.ru",
                "248003, Калужская обл, г Калуга, ул Луговая, д " + serial,
                WorldGenerator.YEAR_START.minusYears(6),
                terminated,
                WorldGenerator.YEAR_START.plusDays(360));
        g.entrepreneurs.add(ip);
        return new Supplier(
                Supplier.Kind.ENTREPRENEUR, inn, null, "ИП " + p.name(), p.name(), ip.address(), null, ip.email());
    }
}
