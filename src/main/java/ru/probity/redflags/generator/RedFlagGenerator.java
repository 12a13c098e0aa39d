package ru.probity.redflags.generator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import ru.probity.procurement.model.Bid;
import ru.probity.procurement.model.CommissionMember;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.CompanyRole;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.ContractChange;
import ru.probity.procurement.model.Notice;
import ru.probity.procurement.model.PersonLink;
import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.model.Procedure;
import ru.probity.procurement.model.ProcurementLaw;
import ru.probity.procurement.model.Protocol;
import ru.probity.procurement.model.Supplier;

/**
 * A seeded generator of purchases with planted red flags (docs/red-flags.md): a clean background of
 * competitive purchases (3–4 bids, distinct offers 8–20 % below the НМЦК, long submission periods,
 * bidders with their own contacts and directors, suppliers registered years ago) and small
 * single-supplier purchases, then, per indicator, {@code plants} planted patterns (recorded in the
 * truth) and as many near-miss decoys (split contracts whose total stays under the limit, a
 * legitimately single bid of a ст.93 purchase, an amendment outside the window, …). Dates are in
 * 2024 (limits of ст.93 ч.1 п.4: 600,000 roubles a contract, 2 million a year).
 *
 * <p>The same seed and size give the same world. {@link #plantOnly} plants one pattern of each
 * indicator on given customers (the demo).
 */
public final class RedFlagGenerator {

    /** ОКПД2 groups (5 characters); their first 2 are distinct classes. */
    static final String[] GROUPS = {
        "41.20", "43.21", "62.01", "71.12", "86.10", "10.71", "26.20", "33.12", "49.41", "81.21"
    };

    private static final String[] SUBJECTS = {
        "Строительство здания",
        "Электромонтажные работы",
        "Разработка программного обеспечения",
        "Инженерные изыскания",
        "Медицинские услуги",
        "Поставка хлебобулочных изделий",
        "Поставка компьютерной техники",
        "Ремонт оборудования",
        "Перевозка грузов",
        "Уборка помещений"
    };

    static final double SMALL_LIMIT = 600_000;
    static final double SMALL_ANNUAL_CAP = 2_000_000;

    /** A customer: an organization of the region that buys. */
    public record Customer(String inn, String kpp, String name) {}

    private final SplittableRandom r;
    private final int contracts;
    private final Registry registry = new Registry();
    private final List<Contract> out = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();
    private final List<Protocol> protocols = new ArrayList<>();
    private final List<ContractChange> changes = new ArrayList<>();
    private final List<Expected> truth = new ArrayList<>();
    private final List<Expected> decoys = new ArrayList<>();
    private final List<Customer> customers = new ArrayList<>();
    private final Map<String, Integer> sequence = new HashMap<>();
    /** The bidders of the background by ОКПД2 group. */
    private final List<List<Company>> pool = new ArrayList<>();

    private int purchaseSeq;

    /**
     * @param seed the seed
     * @param contracts about how many contracts to make (the background fills up to it)
     */
    public RedFlagGenerator(long seed, int contracts) {
        this.r = new SplittableRandom(seed);
        this.contracts = Math.max(contracts, 500);
    }

    /** How many patterns of each indicator are planted (and as many decoys). */
    public int plants() {
        return Math.max(5, contracts / 2500);
    }

    public RedFlagWorld generate() {
        int customerCount = Math.max(10, contracts / 100);
        for (int i = 0; i < customerCount; i++) {
            customers.add(newCustomer("МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ УЧРЕЖДЕНИЕ «ЦЕНТР №" + (i + 1) + "»"));
        }
        int perGroup = Math.max(30, contracts / 5 / GROUPS.length);
        for (int g = 0; g < GROUPS.length; g++) {
            List<Company> list = new ArrayList<>(perGroup);
            for (int i = 0; i < perGroup; i++) {
                list.add(registry.company(r, LocalDate.of(2005 + r.nextInt(15), 1 + r.nextInt(12), 1 + r.nextInt(28))));
            }
            pool.add(list);
        }
        int n = plants();
        for (int i = 0; i < n; i++) {
            plantAll(i, customers.get(r.nextInt(customers.size())));
        }
        while (contractCount() < contracts) {
            background(customers.get(r.nextInt(customers.size())));
        }
        return world();
    }

    /**
     * One pattern of each indicator (and its decoys) for the demo: the first customer gets a small
     * background of purchases and every contract-level pattern; the next four (if given) are the
     * customers of the annual-cap and concentration patterns, which need a year of their own (given
     * fewer, new customers are made up). Suppliers and bidders are made up, with their extracts.
     */
    public static RedFlagWorld plantOnly(long seed, List<Customer> customers) {
        if (customers.isEmpty()) {
            throw new IllegalArgumentException("no customer to plant on");
        }
        RedFlagGenerator g = new RedFlagGenerator(seed, 500);
        g.registry.startAtOffice95();
        g.customers.add(customers.getFirst());
        g.spare.addAll(customers.subList(1, customers.size()));
        for (int gr = 0; gr < GROUPS.length; gr++) {
            List<Company> list = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                list.add(g.registry.company(g.r, LocalDate.of(2010 + g.r.nextInt(8), 3, 1 + g.r.nextInt(28))));
            }
            g.pool.add(list);
        }
        for (int i = 0; i < 40; i++) {
            g.background(customers.getFirst());
        }
        g.plantAll(0, customers.getFirst());
        return g.world();
    }

    private final java.util.ArrayDeque<Customer> spare = new java.util.ArrayDeque<>();

    private RedFlagWorld world() {
        return new RedFlagWorld(
                List.copyOf(out),
                List.copyOf(notices),
                List.copyOf(protocols),
                List.copyOf(changes),
                List.copyOf(registry.companies()),
                List.of(),
                List.copyOf(truth),
                List.copyOf(decoys));
    }

    private long contractCount() {
        return out.size() - amendments;
    }

    private int amendments;

    private Customer newCustomer(String name) {
        if (!spare.isEmpty()) {
            return spare.removeFirst();
        }
        String inn = registry.nextLegalInn();
        return new Customer(inn, inn.substring(0, 4) + "01001", name);
    }

    // ---------------------------------------------------------------- the background

    private void background(Customer customer) {
        int g = r.nextInt(GROUPS.length);
        if (r.nextInt(10) == 0) {
            Company s = pick(g);
            single(customer, g, s, date(), 20_000 + r.nextInt(100_000), "4");
            return;
        }
        Purchase p = clean(customer, g);
        emit(p);
    }

    private LocalDate date() {
        return LocalDate.of(2024, 1, 10).plusDays(r.nextInt(280));
    }

    private Company pick(int group) {
        List<Company> list = pool.get(group);
        return list.get(r.nextInt(list.size()));
    }

    /** A clean competitive purchase: 3–4 bidders of the group, distinct offers 8–20 % below the НМЦК. */
    private Purchase clean(Customer customer, int group) {
        Purchase p = new Purchase();
        p.customer = customer;
        p.group = group;
        int kind = r.nextInt(10);
        p.procedure = kind < 7
                ? Procedure.ELECTRONIC_AUCTION
                : kind < 8 ? Procedure.OPEN_TENDER : Procedure.QUOTATION_REQUEST;
        p.published = date();
        p.period = 20 + r.nextInt(10);
        p.nmck = 700_000 + r.nextInt(9_300_000);
        int n = 3 + r.nextInt(2);
        List<Company> list = pool.get(group);
        int start = r.nextInt(list.size());
        int step = 1 + r.nextInt(list.size() - 1);
        while (gcd(step, list.size()) != 1) {
            step++;
            if (step >= list.size()) {
                step = 1;
            }
        }
        double winner = 0.08 + r.nextDouble() * 0.12;
        for (int i = 0; i < n; i++) {
            p.bidders.add(list.get((start + i * step) % list.size()));
            p.discount.add(i == 0 ? winner : p.discount.get(i - 1) - 0.015 - r.nextDouble() * 0.005);
            p.admitted.add(Boolean.TRUE);
        }
        return p;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    // ---------------------------------------------------------------- emitting documents

    /** A mutable competitive purchase before it becomes a notice, a protocol and a contract. */
    private static final class Purchase {
        Customer customer;
        int group;
        Procedure procedure = Procedure.ELECTRONIC_AUCTION;
        LocalDate published;
        int period;
        double nmck;
        final List<Company> bidders = new ArrayList<>();
        final List<Double> discount = new ArrayList<>();
        final List<Boolean> admitted = new ArrayList<>();
        /** The winner's index in {@link #bidders}. */
        int winner;

        boolean singleSupplier;
        String ground;
    }

    private String purchaseNumber(Customer c) {
        return "01" + Registry.pad(Math.abs(c.inn().hashCode()) % 1_000_000_000L, 9) + "24"
                + Registry.pad(++purchaseSeq % 1_000_000, 6);
    }

    private String regNum(Customer c) {
        int seq = sequence.merge(c.inn(), 1, Integer::sum);
        return "3" + c.inn() + "24" + Registry.pad(seq, 6);
    }

    /** Emits the notice, the protocol (every bid) and the contract (version 0); returns the contract. */
    private Contract emit(Purchase p) {
        String number = purchaseNumber(p.customer);
        String group = GROUPS[p.group];
        String code = group + ".1" + (p.group % 10) + "0";
        LocalDateTime published = LocalDateTime.of(p.published, LocalTime.of(9, 0));
        LocalDateTime end = published.plusDays(p.period);
        BigDecimal nmck = Registry.money(p.nmck);
        String subject = SUBJECTS[p.group];
        String documentKind = p.singleSupplier
                ? "fcsNotificationEP"
                : switch (p.procedure) {
                    case OPEN_TENDER -> "fcsNotificationOK";
                    case QUOTATION_REQUEST -> "fcsNotificationZK";
                    default -> "fcsNotificationEF";
                };
        Procedure procedure = p.singleSupplier ? Procedure.SINGLE_SUPPLIER : p.procedure;
        notices.add(new Notice(
                number,
                documentKind,
                "11.0",
                procedure,
                placingWay(procedure),
                p.customer.inn(),
                p.customer.name(),
                published,
                end,
                nmck,
                "RUB",
                List.of(code),
                subject));
        List<Bid> bids = new ArrayList<>();
        // ratings: admitted bids by offer (lowest first), the winner 1
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < p.bidders.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(p.discount.get(b), p.discount.get(a)));
        order.remove((Integer) p.winner);
        order.addFirst(p.winner);
        int[] rating = new int[p.bidders.size()];
        int place = 1;
        for (int i : order) {
            rating[i] = p.admitted.get(i) ? place++ : 0;
        }
        for (int i = 0; i < p.bidders.size(); i++) {
            Company b = p.bidders.get(i);
            boolean ok = p.admitted.get(i);
            bids.add(new Bid(
                    Integer.toString(i + 1),
                    b.inn(),
                    b.kpp(),
                    b.fullName(),
                    Supplier.Kind.LEGAL_ENTITY,
                    Registry.money(p.nmck * (1 - p.discount.get(i))),
                    ok,
                    ok ? null : "Несоответствие заявки требованиям документации (44-ФЗ ст.69 ч.6 п.1)",
                    ok ? rating[i] : null,
                    i == p.winner,
                    b.address(),
                    b.phone(),
                    b.email()));
        }
        String kind = p.bidders.size() == 1 ? "fcsProtocolEFSingleApp" : "fcsProtocolEF3";
        LocalDate protocolDate = end.toLocalDate().plusDays(2);
        if (!p.singleSupplier) {
            protocols.add(new Protocol(
                    number,
                    number + "-1",
                    protocolDate,
                    p.customer.inn(),
                    p.customer.name(),
                    "Единая комиссия",
                    List.of(new CommissionMember(new PersonName("Сидоров", "Пётр", "Ильич"), "Председатель комиссии")),
                    kind,
                    bids));
        }
        Company w = p.bidders.get(p.winner);
        Contract c = new Contract(
                regNum(p.customer),
                number + "-К",
                protocolDate.plusDays(10),
                p.customer.inn(),
                p.customer.kpp(),
                p.customer.name(),
                bids.get(p.winner).offer(),
                "RUB",
                subject,
                number,
                p.singleSupplier,
                List.of(Registry.supplier(w)),
                ProcurementLaw.FZ44,
                List.of(code),
                p.singleSupplier ? p.ground : null,
                0);
        out.add(c);
        if (r.nextInt(4) == 0) {
            changes.add(new ContractChange(
                    c.regNum(),
                    ContractChange.Kind.EXECUTION,
                    0,
                    c.signDate().plusDays(60),
                    c.price(),
                    null,
                    "contractProcedure"));
        }
        return c;
    }

    private static String placingWay(Procedure p) {
        return switch (p) {
            case OPEN_TENDER -> "OK44";
            case QUOTATION_REQUEST -> "ZK44";
            case SINGLE_SUPPLIER -> "EP44";
            default -> "EA44";
        };
    }

    /** A single-supplier contract under ст.93 ч.1 (point {@code ground}) without a notice. */
    private Contract single(
            Customer customer, int group, Company supplier, LocalDate date, double price, String ground) {
        String code = GROUPS[group] + ".1" + group + "0";
        Contract c = new Contract(
                regNum(customer),
                "ЕП-" + (out.size() + 1),
                date,
                customer.inn(),
                customer.kpp(),
                customer.name(),
                Registry.money(price),
                "RUB",
                SUBJECTS[group],
                null,
                true,
                List.of(Registry.supplier(supplier)),
                ProcurementLaw.FZ44,
                List.of(code),
                ground,
                0);
        out.add(c);
        return c;
    }

    /** A new version of the contract with another price, and its amendment. */
    private Contract amend(Contract c, int version, int daysAfter, double factor) {
        BigDecimal price = Registry.money(c.price().doubleValue() * factor);
        LocalDate date = c.signDate().plusDays(daysAfter);
        Contract v = new Contract(
                c.regNum(),
                c.number(),
                c.signDate(),
                c.customerInn(),
                c.customerKpp(),
                c.customerName(),
                price,
                c.currency(),
                c.subject(),
                c.purchaseNumber(),
                c.singleSupplier(),
                c.suppliers(),
                c.law(),
                c.okpd2(),
                c.singleSupplierGround(),
                version);
        out.add(v);
        amendments++;
        changes.add(new ContractChange(
                c.regNum(),
                ContractChange.Kind.AMENDMENT,
                version,
                date,
                price,
                "Изменение существенных условий контракта (44-ФЗ ст.95 ч.1)",
                "contract"));
        return v;
    }

    private void expect(String indicator, Contract c, String plant) {
        truth.add(new Expected(indicator, c.regNum(), c.customerInn(), supplier(c), plant));
    }

    private void decoy(String indicator, Contract c, String plant) {
        decoys.add(new Expected(indicator, c.regNum(), c.customerInn(), supplier(c), plant));
    }

    private static String supplier(Contract c) {
        return c.suppliers().isEmpty() ? null : c.suppliers().getFirst().inn();
    }

    // ---------------------------------------------------------------- the plants

    private void plantAll(int i, Customer at) {
        String tag = "#" + i;
        competition(tag, at);
        amendmentsPlant(tag, at);
        registers(tag, at);
        splits(tag, at);
        cap(tag);
        concentration(tag);
        heterogeneous(tag);
        rotation(tag, at);
        contacts(tag, at);
    }

    private Purchase cleanAt(Customer c) {
        return clean(c, r.nextInt(GROUPS.length));
    }

    private void setBids(Purchase p, double... discounts) {
        while (p.bidders.size() < discounts.length) {
            Company extra = pick(p.group);
            if (!p.bidders.contains(extra)) {
                p.bidders.add(extra);
            }
        }
        while (p.bidders.size() > discounts.length) {
            p.bidders.removeLast();
        }
        p.discount.clear();
        p.admitted.clear();
        for (double d : discounts) {
            p.discount.add(d);
            p.admitted.add(Boolean.TRUE);
        }
        p.winner = 0;
    }

    private void competition(String tag, Customer at) {
        // single_bid: one bid at the НМЦК; decoy: a ст.93 purchase with one participant
        Purchase p = cleanAt(at);
        setBids(p, 0.0);
        expect("single_bid", emit(p), "single_bid" + tag);
        p = cleanAt(at);
        setBids(p, 0.0);
        p.singleSupplier = true;
        p.ground = "1";
        decoy("single_bid", emit(p), "single_bid:single-supplier" + tag);

        // single_admitted: two bids, one rejected; decoy: two bids both admitted
        p = cleanAt(at);
        setBids(p, 0.10, 0.06);
        p.admitted.set(1, false);
        expect("single_admitted", emit(p), "single_admitted" + tag);
        p = cleanAt(at);
        setBids(p, 0.10, 0.07);
        decoy("single_admitted", emit(p), "single_admitted:both-admitted" + tag);

        // all_but_winner_rejected: four bids, three rejected; decoy: two of four rejected
        p = cleanAt(at);
        setBids(p, 0.12, 0.10, 0.08, 0.06);
        p.admitted.set(1, false);
        p.admitted.set(2, false);
        p.admitted.set(3, false);
        expect("all_but_winner_rejected", emit(p), "all_but_winner_rejected" + tag);
        p = cleanAt(at);
        setBids(p, 0.12, 0.10, 0.08, 0.06);
        p.admitted.set(2, false);
        p.admitted.set(3, false);
        decoy("all_but_winner_rejected", emit(p), "all_but_winner_rejected:two-admitted" + tag);

        // lowest_bid_rejected: the lowest offer rejected, the winner offered more; decoy: a higher offer rejected
        p = cleanAt(at);
        setBids(p, 0.12, 0.18, 0.08);
        p.admitted.set(1, false);
        expect("lowest_bid_rejected", emit(p), "lowest_bid_rejected" + tag);
        p = cleanAt(at);
        setBids(p, 0.12, 0.06, 0.09);
        p.admitted.set(1, false);
        decoy("lowest_bid_rejected", emit(p), "lowest_bid_rejected:higher-rejected" + tag);

        // identical_offers: two offers 0.05 % apart; decoys: 0.8 % apart, two offers equal to the НМЦК
        p = cleanAt(at);
        setBids(p, 0.1200, 0.1195, 0.06);
        expect("identical_offers", emit(p), "identical_offers" + tag);
        p = cleanAt(at);
        setBids(p, 0.12, 0.112, 0.06);
        decoy("identical_offers", emit(p), "identical_offers:0.8%" + tag);
        p = cleanAt(at);
        setBids(p, 0.12, 0.0, 0.0);
        decoy("identical_offers", emit(p), "identical_offers:at-nmck" + tag);

        // heavy_discount_win: the winner 30 % below; decoy: 22 % below
        p = cleanAt(at);
        setBids(p, 0.30, 0.10, 0.05);
        expect("heavy_discount_win", emit(p), "heavy_discount_win" + tag);
        p = cleanAt(at);
        setBids(p, 0.22, 0.10, 0.05);
        decoy("heavy_discount_win", emit(p), "heavy_discount_win:22%" + tag);

        // low_price_reduction: 0.5 % below with two bids; decoy: 2 % below
        p = cleanAt(at);
        setBids(p, 0.005, 0.002);
        expect("low_price_reduction", emit(p), "low_price_reduction" + tag);
        p = cleanAt(at);
        setBids(p, 0.02, 0.01);
        decoy("low_price_reduction", emit(p), "low_price_reduction:2%" + tag);

        // short_submission_period: an electronic auction with 3 days; decoy: 10 days (minimum 7)
        p = cleanAt(at);
        p.procedure = Procedure.ELECTRONIC_AUCTION;
        p.period = 3;
        expect("short_submission_period", emit(p), "short_submission_period" + tag);
        p = cleanAt(at);
        p.procedure = Procedure.ELECTRONIC_AUCTION;
        p.period = 10;
        decoy("short_submission_period", emit(p), "short_submission_period:10-days" + tag);
    }

    private void amendmentsPlant(String tag, Customer at) {
        // price_increase_by_amendment: +8 % at 60 days; decoy: −5 %
        Contract c = emit(cleanAt(at));
        amend(c, 1, 60, 1.08);
        expect("price_increase_by_amendment", c, "price_increase_by_amendment" + tag);
        c = emit(cleanAt(at));
        amend(c, 1, 60, 0.95);
        decoy("price_increase_by_amendment", c, "price_increase_by_amendment:decrease" + tag);

        // many_amendments: three at 45, 75, 105 days, price kept; decoy: two
        c = emit(cleanAt(at));
        amend(c, 1, 45, 1);
        amend(c, 2, 75, 1);
        amend(c, 3, 105, 1);
        expect("many_amendments", c, "many_amendments" + tag);
        c = emit(cleanAt(at));
        amend(c, 1, 45, 1);
        amend(c, 2, 75, 1);
        decoy("many_amendments", c, "many_amendments:two" + tag);

        // early_amendment: 10 days after signing; decoy: 40 days
        c = emit(cleanAt(at));
        amend(c, 1, 10, 1);
        expect("early_amendment", c, "early_amendment" + tag);
        c = emit(cleanAt(at));
        amend(c, 1, 40, 1);
        decoy("early_amendment", c, "early_amendment:40-days" + tag);
    }

    /** A clean purchase at the customer won by a company of the plant (bidding with the pool). */
    private Contract wonBy(Customer at, Company winner) {
        Purchase p = cleanAt(at);
        p.bidders.set(0, winner);
        return emit(p);
    }

    private void registers(String tag, Customer at) {
        // new_supplier: registered 30 days before the contract; decoy: 150 days
        LocalDate sign = date();
        Company fresh = registry.company(r, sign.minusDays(30));
        Purchase p = cleanAt(at);
        p.bidders.set(0, fresh);
        Contract c = emit(p);
        registry.replace(
                fresh,
                Registry.with(
                        fresh,
                        fresh.address(),
                        fresh.phone(),
                        fresh.people(),
                        c.signDate().minusDays(30),
                        null,
                        List.of()));
        expect("new_supplier", c, "new_supplier" + tag);
        Company older = registry.company(r, sign.minusDays(150));
        c = wonBy(at, older);
        registry.replace(
                older,
                Registry.with(
                        older,
                        older.address(),
                        older.phone(),
                        older.people(),
                        c.signDate().minusDays(150),
                        null,
                        List.of()));
        decoy("new_supplier", c, "new_supplier:150-days" + tag);

        // supplier_liquidated_after_contract: ceased 200 days after; decoy: 500 days after
        Company gone = registry.company(r, LocalDate.of(2012, 5, 5));
        c = wonBy(at, gone);
        registry.replace(
                gone,
                Registry.with(
                        gone,
                        gone.address(),
                        gone.phone(),
                        gone.people(),
                        gone.registeredOn(),
                        c.signDate().plusDays(200),
                        List.of()));
        expect("supplier_liquidated_after_contract", c, "supplier_liquidated_after_contract" + tag);
        Company later = registry.company(r, LocalDate.of(2012, 5, 5));
        c = wonBy(at, later);
        registry.replace(
                later,
                Registry.with(
                        later,
                        later.address(),
                        later.phone(),
                        later.people(),
                        later.registeredOn(),
                        c.signDate().plusDays(500),
                        List.of()));
        decoy("supplier_liquidated_after_contract", c, "supplier_liquidated_after_contract:500-days" + tag);

        // supplier_unreliable_data: ЕГРЮЛ marks the address unreliable
        Company unreliable = registry.company(r, LocalDate.of(2015, 2, 2));
        registry.replace(
                unreliable,
                unreliable = Registry.with(
                        unreliable,
                        unreliable.address(),
                        unreliable.phone(),
                        unreliable.people(),
                        unreliable.registeredOn(),
                        null,
                        List.of("ADDRESS")));
        expect("supplier_unreliable_data", wonBy(at, unreliable), "supplier_unreliable_data" + tag);

        // supplier_mass_director: one person directs 12 companies, 2 of them win; decoy: 6 companies
        massDirector(tag, at, 12, true);
        massDirector(tag, at, 6, false);
        // supplier_mass_address: 12 companies at one address, 2 win; decoy: 6
        massAddress(tag, at, 12, true);
        massAddress(tag, at, 6, false);
    }

    private void massDirector(String tag, Customer at, int companies, boolean planted) {
        PersonLink director = new PersonLink(
                registry.nextPersonInn(),
                registry.personName(r),
                CompanyRole.DIRECTOR,
                "ДИРЕКТОР",
                null,
                LocalDate.of(2019, 1, 1),
                null);
        for (int k = 0; k < companies; k++) {
            Company c = registry.company(r, LocalDate.of(2016, 1, 1).plusDays(r.nextInt(1000)));
            c = registry.replace(
                    c, Registry.with(c, c.address(), c.phone(), List.of(director), c.registeredOn(), null, List.of()));
            if (k < 2) {
                Contract won = wonBy(at, c);
                if (planted) {
                    expect("supplier_mass_director", won, "supplier_mass_director" + tag);
                } else {
                    decoy("supplier_mass_director", won, "supplier_mass_director:" + companies + tag);
                }
            }
        }
    }

    private void massAddress(String tag, Customer at, int companies, boolean planted) {
        String address = "г. Калуга, пер. Складской, д. " + (1000 + truth.size() + decoys.size());
        for (int k = 0; k < companies; k++) {
            Company c = registry.company(r, LocalDate.of(2016, 1, 1).plusDays(r.nextInt(1000)));
            c = registry.replace(
                    c, Registry.with(c, address, c.phone(), c.people(), c.registeredOn(), null, List.of()));
            if (k < 2) {
                Contract won = wonBy(at, c);
                if (planted) {
                    expect("supplier_mass_address", won, "supplier_mass_address" + tag);
                } else {
                    decoy("supplier_mass_address", won, "supplier_mass_address:" + companies + tag);
                }
            }
        }
    }

    private void splits(String tag, Customer at) {
        // split_purchase: three п.4 contracts of 250–400 thousand with one supplier in one group within
        // 15 days (together over 600 thousand); decoys: two under the limit together, three 60 days apart
        int g = r.nextInt(GROUPS.length);
        Company s = pick(g);
        LocalDate d = date();
        for (int k = 0; k < 3; k++) {
            Contract c = single(at, g, s, d.plusDays(7L * k), 250_000 + r.nextInt(150_000), "4");
            expect("split_purchase", c, "split_purchase" + tag);
        }
        g = r.nextInt(GROUPS.length);
        s = pick(g);
        d = date();
        decoy("split_purchase", single(at, g, s, d, 200_000, "4"), "split_purchase:under-limit" + tag);
        decoy("split_purchase", single(at, g, s, d.plusDays(10), 250_000, "4"), "split_purchase:under-limit" + tag);
        g = r.nextInt(GROUPS.length);
        s = pick(g);
        d = LocalDate.of(2024, 1, 15).plusDays(r.nextInt(120));
        for (int k = 0; k < 3; k++) {
            decoy(
                    "split_purchase",
                    single(at, g, s, d.plusDays(60L * k), 300_000, "4"),
                    "split_purchase:60-days-apart" + tag);
        }
    }

    private void cap(String tag) {
        // small_purchase_annual_cap: a customer buying only under п.4, eight contracts of 520 thousand
        // from eight suppliers in 2024 — past 2 million from the fourth on; decoy: 1.8 million in a year
        Customer c = newCustomer("МУНИЦИПАЛЬНОЕ КАЗЁННОЕ УЧРЕЖДЕНИЕ «ХОЗЯЙСТВЕННАЯ СЛУЖБА " + tag + "»");
        double sum = 0;
        for (int k = 0; k < 8; k++) {
            int g = k % GROUPS.length;
            Contract won = single(c, g, pick(g), LocalDate.of(2024, 2, 1).plusDays(30L * k), 520_000, "4");
            sum += 520_000;
            if (sum > SMALL_ANNUAL_CAP) {
                expect("small_purchase_annual_cap", won, "small_purchase_annual_cap" + tag);
            } else {
                decoy("small_purchase_annual_cap", won, "small_purchase_annual_cap:before-crossing" + tag);
            }
        }
        Customer d = newCustomer("МУНИЦИПАЛЬНОЕ КАЗЁННОЕ УЧРЕЖДЕНИЕ «АРХИВ " + tag + "»");
        for (int k = 0; k < 6; k++) {
            int g = k % GROUPS.length;
            decoy(
                    "small_purchase_annual_cap",
                    single(d, g, pick(g), LocalDate.of(2024, 2, 1).plusDays(30L * k), 300_000, "4"),
                    "small_purchase_annual_cap:1.8-million" + tag);
        }
    }

    private void concentration(String tag) {
        // supplier_concentration: a customer with 10 purchases in 2024, 6 won by one supplier; decoy: 2 of 8
        Customer c = newCustomer("МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ УЧРЕЖДЕНИЕ «ШКОЛА " + tag + "»");
        int g = r.nextInt(GROUPS.length);
        Company favourite = pick(g);
        for (int k = 0; k < 10; k++) {
            Purchase p = clean(c, g);
            p.nmck = 2_000_000;
            if (k < 6) {
                p.bidders.remove(favourite);
                p.bidders.set(0, favourite);
                while (p.discount.size() > p.bidders.size()) {
                    p.discount.removeLast();
                    p.admitted.removeLast();
                }
            } else {
                p.bidders.remove(favourite);
                while (p.discount.size() > p.bidders.size()) {
                    p.discount.removeLast();
                    p.admitted.removeLast();
                }
            }
            emit(p);
        }
        truth.add(
                new Expected("supplier_concentration", null, c.inn(), favourite.inn(), "supplier_concentration" + tag));
        Customer d = newCustomer("МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ УЧРЕЖДЕНИЕ «САД " + tag + "»");
        Company usual = pick(g);
        for (int k = 0; k < 8; k++) {
            Purchase p = clean(d, g);
            p.nmck = 2_000_000;
            p.bidders.remove(usual);
            if (k < 2) {
                p.bidders.set(0, usual);
            }
            while (p.discount.size() > p.bidders.size()) {
                p.discount.removeLast();
                p.admitted.removeLast();
            }
            emit(p);
        }
        decoys.add(
                new Expected("supplier_concentration", null, d.inn(), usual.inn(), "supplier_concentration:25%" + tag));
    }

    private void heterogeneous(String tag) {
        // heterogeneous_supplier: one company winning in 7 ОКПД2 classes; decoy: 4 classes
        Company wide = registry.company(r, LocalDate.of(2011, 4, 4));
        for (int g = 0; g < 7; g++) {
            Purchase p = clean(customers.get(r.nextInt(customers.size())), g);
            p.bidders.set(0, wide);
            emit(p);
        }
        truth.add(new Expected("heterogeneous_supplier", null, null, wide.inn(), "heterogeneous_supplier" + tag));
        Company four = registry.company(r, LocalDate.of(2011, 4, 4));
        for (int g = 0; g < 4; g++) {
            Purchase p = clean(customers.get(r.nextInt(customers.size())), g);
            p.bidders.set(0, four);
            emit(p);
        }
        decoys.add(new Expected("heterogeneous_supplier", null, null, four.inn(), "heterogeneous_supplier:4" + tag));
    }

    private void rotation(String tag, Customer at) {
        // winner_rotation: the same three bidders alone in 4 purchases of one customer, winners A, B, C, A;
        // decoy: the same three in 4 purchases, always A
        for (boolean planted : new boolean[] {true, false}) {
            int g = r.nextInt(GROUPS.length);
            List<Company> set = List.of(
                    registry.company(r, LocalDate.of(2013, 1, 1)),
                    registry.company(r, LocalDate.of(2013, 2, 1)),
                    registry.company(r, LocalDate.of(2013, 3, 1)));
            for (int k = 0; k < 4; k++) {
                Purchase p = clean(at, g);
                setBids(p, 0.12, 0.10, 0.08);
                int w = planted ? k % 3 : 0;
                p.bidders.set(0, set.get(w));
                p.bidders.set(1, set.get((w + 1) % 3));
                p.bidders.set(2, set.get((w + 2) % 3));
                Contract c = emit(p);
                if (planted) {
                    expect("winner_rotation", c, "winner_rotation" + tag);
                } else {
                    decoy("winner_rotation", c, "winner_rotation:one-winner" + tag);
                }
            }
        }
    }

    private void contacts(String tag, Customer at) {
        // bidders_shared_contact: the winner and another bidder with one phone; decoy: addresses one house apart
        Company a = registry.company(r, LocalDate.of(2014, 6, 1));
        Company b = registry.company(r, LocalDate.of(2014, 7, 1));
        b = registry.replace(
                b, Registry.with(b, b.address(), a.phone(), b.people(), b.registeredOn(), null, List.of()));
        Purchase p = cleanAt(at);
        setBids(p, 0.12, 0.10, 0.08);
        p.bidders.set(0, a);
        p.bidders.set(1, b);
        expect("bidders_shared_contact", emit(p), "bidders_shared_contact" + tag);
        Company x = registry.company(r, LocalDate.of(2014, 6, 1));
        Company y = registry.company(r, LocalDate.of(2014, 7, 1));
        y = registry.replace(
                y,
                Registry.with(
                        y,
                        "г. Калуга, ул. Зелёная, д. " + (2 * truth.size() + 1),
                        y.phone(),
                        y.people(),
                        y.registeredOn(),
                        null,
                        List.of()));
        x = registry.replace(
                x,
                Registry.with(
                        x,
                        "г. Калуга, ул. Зелёная, д. " + (2 * truth.size() + 2),
                        x.phone(),
                        x.people(),
                        x.registeredOn(),
                        null,
                        List.of()));
        p = cleanAt(at);
        setBids(p, 0.12, 0.10, 0.08);
        p.bidders.set(0, x);
        p.bidders.set(1, y);
        decoy("bidders_shared_contact", emit(p), "bidders_shared_contact:next-house" + tag);

        // bidders_shared_person: two bidders with one director; decoy: directors of one surname
        Company c = registry.company(r, LocalDate.of(2014, 6, 1));
        Company d = registry.company(r, LocalDate.of(2014, 7, 1));
        d = registry.replace(
                d, Registry.with(d, d.address(), d.phone(), c.people(), d.registeredOn(), null, List.of()));
        p = cleanAt(at);
        setBids(p, 0.12, 0.10, 0.08);
        p.bidders.set(0, c);
        p.bidders.set(1, d);
        expect("bidders_shared_person", emit(p), "bidders_shared_person" + tag);
        Company e = registry.company(r, LocalDate.of(2014, 6, 1));
        Company f = registry.company(r, LocalDate.of(2014, 7, 1));
        PersonLink de = e.people().getFirst();
        PersonLink namesake = new PersonLink(
                registry.nextPersonInn(),
                new PersonName(de.name().lastName(), "Тимофей", "Глебович"),
                CompanyRole.DIRECTOR,
                "ДИРЕКТОР",
                null,
                f.registeredOn(),
                null);
        f = registry.replace(
                f, Registry.with(f, f.address(), f.phone(), List.of(namesake), f.registeredOn(), null, List.of()));
        p = cleanAt(at);
        setBids(p, 0.12, 0.10, 0.08);
        p.bidders.set(0, e);
        p.bidders.set(1, f);
        decoy("bidders_shared_person", emit(p), "bidders_shared_person:namesake" + tag);
    }
}
