package ru.probity.procurement.affiliation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import ru.probity.org.RelationKind;
import ru.probity.procurement.model.CommissionMember;
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
 * Generates a world in memory and times the engine. Not a unit test (run by hand):
 *
 * <pre>
 * java -Xmx8g -cp target/classes:target/test-classes \
 *     ru.probity.procurement.affiliation.AffiliationBenchmark region|national [dated]
 * </pre>
 *
 * With {@code dated}, the staff is also checked as the people registry gives it to the checks:
 * with periods of posts (one employee in ten transferred to another customer on 1 October 2024, one
 * in twenty dismissed, one in five appointed within the year), each contract against its
 * customer's officials at its purchase date (44-ФЗ ст.31 ч.1 п.9).
 *
 * Region: 50,000 companies (~2.5 ties each), 20,000 employees with 3 relatives each, 50,000
 * contracts. National: 1,000,000 companies / 2,500,000 ties / 300,000 employees / 900,000
 * relatives / 1,000,000 contracts. Names come from small pools, so namesakes (LOW leads) are
 * frequent, as in life; about one employee in a hundred gets a planted relative who directs a
 * company, and some contracts go to those companies.
 */
public final class AffiliationBenchmark {

    private static final String[] LAST = {
        "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров",
        "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев",
        "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев",
        "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв"
    };
    private static final String[] FIRST_M = {
        "Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Максим", "Евгений", "Иван", "Михаил", "Артём",
        "Николай", "Владимир", "Павел", "Олег", "Игорь", "Роман", "Денис", "Виктор", "Антон", "Юрий"
    };
    private static final String[] FIRST_F = {
        "Елена", "Ольга", "Наталья", "Екатерина", "Анна", "Татьяна", "Мария", "Ирина", "Светлана", "Юлия",
        "Анастасия", "Марина", "Людмила", "Галина", "Надежда", "Валентина", "Дарья", "Вера", "Нина", "Ксения"
    };
    private static final String[] FATHER = {
        "Александров", "Сергеев", "Дмитриев", "Андреев", "Алексеев", "Евгеньев", "Иванов", "Михайлов", "Николаев",
        "Владимиров", "Павлов", "Олегов", "Игорев", "Викторов", "Юрьев", "Петров", "Борисов", "Геннадьев"
    };
    private static final RelationKind[] KINDS = RelationKind.values();

    private final Random random = new Random(20250314);
    private final int companies;
    private final int tiesPerTwoCompanies;
    private final int employees;
    private final int contractCount;
    private final List<long[]> planted = new ArrayList<>(); // {company index, director INN}
    private final List<PersonName> plantedNames = new ArrayList<>();

    private AffiliationBenchmark(int companies, int employees, int contracts) {
        this.companies = companies;
        this.tiesPerTwoCompanies = 5;
        this.employees = employees;
        this.contractCount = contracts;
    }

    public static void main(String[] args) throws Exception {
        String size = args.length == 0 ? "region" : args[0];
        AffiliationBenchmark b = size.equals("national")
                ? new AffiliationBenchmark(1_000_000, 300_000, 1_000_000)
                : new AffiliationBenchmark(50_000, 20_000, 50_000);
        b.run(size, args.length > 1 && args[1].equals("dated"));
    }

    private void run(String size, boolean dated) {
        long t0 = System.nanoTime();
        RegistryBuilder builder = RegistryIndex.builder();
        for (int c = 0; c < companies; c++) {
            builder.add(company(c));
        }
        for (int e = 0; e < companies / 10; e++) {
            builder.add(new Entrepreneur(
                    innText(personInn(900_000_000 + e)), "3" + e, person(random), null, null, null, null, null));
        }
        long t1 = System.nanoTime();
        RegistryIndex registry = builder.build();
        builder = null;
        long t2 = System.nanoTime();
        System.out.printf(
                "%s: registry of %,d companies, %,d persons, %,d ties: generated+added %.1f s, built %.1f s%n",
                size, registry.companyCount(), registry.personCount(), registry.tieCount(), sec(t1 - t0), sec(t2 - t1));
        report("heap after registry", registry);

        int customers = Math.max(1, employees / 40);
        List<StaffPerson> people = staff(customers);
        Staff staff = Staff.of(people);
        List<Protocol> protocols = new ArrayList<>();
        List<Contract> contracts = contracts(customers, people, protocols);
        System.out.printf(
                "staff %,d people at %,d customers, %,d contracts, %,d protocols%n",
                people.size(), customers, contracts.size(), protocols.size());
        report("heap with staff and contracts", registry);

        ContractChecker checker = new ContractChecker(protocols, ContractChecker.DEFAULT_FORMER_TIE_YEARS);
        long s0 = System.nanoTime();
        long c0 = cpu();
        List<Finding> findings = checker.checkAll(contracts, staff, registry, 2);
        long s1 = System.nanoTime();
        long c1 = cpu();
        List<Finding> again = checker.checkAll(contracts, staff, registry, 2);
        long s2 = System.nanoTime();
        long c2 = cpu();
        System.out.printf(
                "full check, 2 threads: first %.2f s wall / %.2f s CPU (incl. building %,d staff views), "
                        + "warm %.2f s wall / %.2f s CPU; %,d findings; load average %.1f%n",
                sec(s1 - s0),
                sec(c1 - c0),
                customers,
                sec(s2 - s1),
                sec(c2 - c1),
                findings.size(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        long[] byRule = new long[Rule.values().length * 3];
        for (Finding f : again) {
            byRule[f.rule().ordinal() * 3 + f.confidence().ordinal()]++;
        }
        for (Rule r : Rule.values()) {
            System.out.printf(
                    "  %-15s high %,7d  medium %,7d  low %,7d%n",
                    r.code(), byRule[r.ordinal() * 3], byRule[r.ordinal() * 3 + 1], byRule[r.ordinal() * 3 + 2]);
        }
        int sample = Math.min(contracts.size(), 50_000);
        long[] nanos = new long[sample];
        long[] cpus = new long[sample];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < sample; i++) {
            Contract c = contracts.get(i);
            Staff view = staff.forCustomer(c.customerInn());
            long a = System.nanoTime();
            long b = threads.getCurrentThreadCpuTime();
            checker.check(c, view, registry);
            cpus[i] = threads.getCurrentThreadCpuTime() - b;
            nanos[i] = System.nanoTime() - a;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpus);
        System.out.printf(
                "one contract, single thread, warm: wall median %.3f ms, p99 %.3f ms, max %.3f ms; "
                        + "CPU median %.3f ms, p99 %.3f ms%n",
                nanos[sample / 2] / 1e6,
                nanos[sample * 99 / 100] / 1e6,
                nanos[sample - 1] / 1e6,
                cpus[sample / 2] / 1e6,
                cpus[sample * 99 / 100] / 1e6);
        report("heap at the end", registry);
        System.out.println(again.isEmpty() ? "" : "example: " + again.getFirst().explanation());
        if (dated) {
            dated(people, customers, contracts, protocols, checker, registry);
        }
    }

    /** The same contracts against dated staff: each at its purchase date. */
    private void dated(
            List<StaffPerson> people,
            int customers,
            List<Contract> contracts,
            List<Protocol> protocols,
            ContractChecker checker,
            RegistryIndex registry) {
        Random dates = new Random(20261207);
        List<StaffPeriod> periods = new ArrayList<>();
        LocalDate transfer = LocalDate.of(2024, 10, 1);
        for (StaffPerson p : people) {
            if (!p.isEmployee()) {
                continue;
            }
            int e = Integer.parseInt(p.personId().substring(1));
            LocalDate from = dates.nextInt(5) == 0 ? LocalDate.of(2024, 3, 14).plusDays(dates.nextInt(365)) : null;
            if (e % 10 == 5) {
                periods.add(new StaffPeriod(
                        p.personId(),
                        companyInn(800_000_000 + (e + 1) % customers),
                        "специалист",
                        p.role(),
                        null,
                        transfer.minusDays(1)));
                periods.add(new StaffPeriod(p.personId(), p.organizationInn(), p.position(), p.role(), transfer, null));
            } else if (e % 20 == 7) {
                periods.add(new StaffPeriod(
                        p.personId(),
                        p.organizationInn(),
                        p.position(),
                        p.role(),
                        from,
                        LocalDate.of(2025, 3, 14).minusDays(dates.nextInt(300))));
            } else {
                periods.add(new StaffPeriod(p.personId(), p.organizationInn(), p.position(), p.role(), from, null));
            }
        }
        PurchaseDates purchaseDates = new PurchaseDates(protocols);
        // the views alone: one per customer and span with contracts, built on first use
        Staff views = Staff.of(people, periods);
        long v0 = System.nanoTime();
        long vc0 = cpu();
        java.util.Set<Staff> built = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Contract c : contracts) {
            Staff view = views.forCustomer(c.customerInn(), purchaseDates.of(c));
            if (built.add(view)) {
                view.index();
            }
        }
        System.out.printf(
                "dated staff: %,d views of customers' spans built in %.2f s wall / %.2f s CPU (one thread)%n",
                built.size(), sec(System.nanoTime() - v0), sec(cpu() - vc0));
        Staff staff = Staff.of(people, periods);
        long s0 = System.nanoTime();
        long c0 = cpu();
        List<Finding> findings = checker.checkAll(contracts, staff, registry, 2, purchaseDates::of);
        long s1 = System.nanoTime();
        long c1 = cpu();
        List<Finding> again = checker.checkAll(contracts, staff, registry, 2, purchaseDates::of);
        long s2 = System.nanoTime();
        long c2 = cpu();
        System.out.printf(
                "dated staff (%,d periods), full check at the purchase dates, 2 threads: first %.2f s wall / %.2f s"
                        + " CPU (incl. building the views of the spans), warm %.2f s wall / %.2f s CPU; %,d findings;"
                        + " load average %.1f%n",
                periods.size(),
                sec(s1 - s0),
                sec(c1 - c0),
                sec(s2 - s1),
                sec(c2 - c1),
                again.size(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private Company company(int c) {
        List<PersonLink> links = new ArrayList<>(4);
        List<CompanyShare> founders = new ArrayList<>(2);
        PersonName directorName = person(random);
        long directorInn = random.nextInt(10) < 7 ? personInn(random.nextInt(companies * 2)) : 0;
        LocalDate until = random.nextInt(50) == 0 ? LocalDate.of(2023, 1 + random.nextInt(12), 1) : null;
        links.add(new PersonLink(
                innText(directorInn), directorName, CompanyRole.DIRECTOR, "ГЕНЕРАЛЬНЫЙ ДИРЕКТОР", null, null, until));
        if (c % 50 == 7 && directorInn != 0 && until == null) {
            planted.add(new long[] {c, directorInn});
            plantedNames.add(directorName);
        }
        int extra = random.nextInt(tiesPerTwoCompanies - 1); // 0..3 more ties: ~2.5 per company in all
        double left = 100;
        for (int i = 0; i < extra; i++) {
            double share = i == extra - 1 ? left : Math.max(1, Math.round(left * random.nextDouble()));
            left -= share;
            if (c > 10 && random.nextInt(5) == 0) {
                int owner = random.nextInt(c);
                founders.add(new CompanyShare(
                        companyInn(owner),
                        null,
                        "ООО «Компания " + owner + "»",
                        BigDecimal.valueOf(share),
                        null,
                        null));
            } else {
                long inn = random.nextInt(10) < 7 ? personInn(random.nextInt(companies * 2)) : 0;
                links.add(new PersonLink(
                        innText(inn),
                        person(random),
                        CompanyRole.FOUNDER,
                        null,
                        BigDecimal.valueOf(share),
                        null,
                        null));
            }
        }
        return new Company(
                companyInn(c),
                null,
                null,
                "ООО «Компания " + c + "»",
                "ООО «Компания " + c + "»",
                "г. Калуга, ул. Ленина, д. " + c,
                "info" + c + "@example.ru",
                "+7 4842 " + (1_000_000 + c % 9_000_000),
                null,
                null,
                LocalDate.of(2025, 1, 1),
                links,
                founders);
    }

    private List<StaffPerson> staff(int customers) {
        List<StaffPerson> people = new ArrayList<>(employees * 4);
        ProcurementRole[] roles = ProcurementRole.values();
        for (int e = 0; e < employees; e++) {
            String id = "e" + e;
            ProcurementRole role = random.nextInt(20) == 0 ? roles[random.nextInt(4)] : ProcurementRole.EMPLOYEE;
            people.add(new StaffPerson(
                    id,
                    person(random),
                    null,
                    random.nextInt(10) < 8 ? innText(personInn(500_000_000 + e)) : null,
                    null,
                    "+7 910 " + (1_000_000 + e),
                    null,
                    null,
                    companyInn(800_000_000 + e % customers),
                    "специалист",
                    role,
                    null,
                    null));
            for (int r = 0; r < 3; r++) {
                RelationKind kind = KINDS[random.nextInt(KINDS.length)];
                PersonName name = person(random);
                String inn = null;
                if (r == 0 && e % 100 == 3 && !planted.isEmpty()) {
                    long[] p = planted.get(e / 100 % planted.size());
                    name = plantedNames.get(e / 100 % planted.size());
                    inn = innText(p[1]);
                }
                people.add(new StaffPerson(
                        id + "r" + r, name, null, inn, null, null, null, null, null, null, null, id, kind));
            }
        }
        return people;
    }

    private List<Contract> contracts(int customers, List<StaffPerson> people, List<Protocol> protocols) {
        List<Contract> list = new ArrayList<>(contractCount);
        LocalDate signed = LocalDate.of(2025, 3, 14);
        for (int k = 0; k < contractCount; k++) {
            int customer = random.nextInt(customers);
            Supplier supplier;
            if (k % 100 == 1 && !planted.isEmpty()) {
                // a contract of the customer of an employee with a planted relative, with the relative's company
                int e = 100 * random.nextInt(Math.max(1, employees / 100)) + 3;
                customer = e % customers;
                int c = (int) planted.get(e / 100 % planted.size())[0];
                supplier = new Supplier(
                        Supplier.Kind.LEGAL_ENTITY,
                        companyInn(c),
                        null,
                        "ООО «Компания " + c + "»",
                        null,
                        null,
                        null,
                        null);
            } else if (k % 10 == 9) {
                long inn = personInn(900_000_000 + random.nextInt(companies / 10));
                supplier = new Supplier(
                        Supplier.Kind.ENTREPRENEUR, innText(inn), null, null, person(random), null, null, null);
            } else {
                int c = random.nextInt(companies);
                supplier = new Supplier(
                        Supplier.Kind.LEGAL_ENTITY,
                        companyInn(c),
                        null,
                        "ООО «Компания " + c + "»",
                        null,
                        null,
                        null,
                        null);
            }
            String purchase = null;
            if (k % 5 == 0) {
                purchase = "01373000001250" + String.format("%05d", k / 5 % 100_000) + k;
                List<CommissionMember> members = new ArrayList<>(3);
                for (int m = 0; m < 3; m++) {
                    int e = customer + customers * random.nextInt(Math.max(1, employees / customers));
                    members.add(new CommissionMember(
                            people.get(Math.min(e, employees - 1) * 4).name(), "член комиссии"));
                }
                protocols.add(
                        new Protocol(purchase, "1", signed.minusDays(10), null, null, "Единая комиссия", members));
            }
            list.add(new Contract(
                    "34027" + k,
                    "1",
                    signed.minusDays(random.nextInt(365)),
                    companyInn(800_000_000 + customer),
                    null,
                    "Заказчик " + customer,
                    BigDecimal.TEN,
                    "RUB",
                    "поставка",
                    purchase,
                    purchase == null,
                    List.of(supplier)));
        }
        return list;
    }

    private static PersonName person(Random random) {
        boolean female = random.nextBoolean();
        String last = LAST[random.nextInt(LAST.length)] + (female ? "а" : "");
        String first = female ? FIRST_F[random.nextInt(FIRST_F.length)] : FIRST_M[random.nextInt(FIRST_M.length)];
        String middle = FATHER[random.nextInt(FATHER.length)] + (female ? "на" : "ич");
        return new PersonName(last.toUpperCase(), first.toUpperCase(), middle.toUpperCase());
    }

    private static String companyInn(long c) {
        return String.valueOf(4_000_000_000L + c);
    }

    private static long personInn(long p) {
        return 400_000_000_000L + p;
    }

    private static String innText(long inn) {
        return inn == 0 ? null : String.valueOf(inn);
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double sec(long nanos) {
        return nanos / 1e9;
    }

    private static void report(String what, Object keepAlive) {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        System.out.printf(
                "%s: %,d MB used (max %,d MB)%n",
                what, (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        if (keepAlive == null) {
            throw new IllegalStateException();
        }
    }
}
