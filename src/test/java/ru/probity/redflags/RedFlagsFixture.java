package ru.probity.redflags;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.probity.procurement.ContractImport;
import ru.probity.procurement.PurchaseFacts;
import ru.probity.procurement.model.Bid;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.Protocol;
import ru.probity.procurement.model.Supplier;

/**
 * Plants red flags for the tests: a competitive contract of an organization of the demo tree stored
 * and its protocol with one bid, both stored through the procurement import, then the computation
 * over the stored facts.
 */
public final class RedFlagsFixture {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    private final JdbcClient jdbc;
    private final ContractImport contracts;
    private final PurchaseFacts facts;
    private final RedFlagsComputation computation;

    public RedFlagsFixture(
            JdbcClient jdbc, ContractImport contracts, PurchaseFacts facts, RedFlagsComputation computation) {
        this.jdbc = jdbc;
        this.contracts = contracts;
        this.facts = facts;
        this.computation = computation;
    }

    /** A planted single-bid contract: its registry number and the id of its flag. */
    public record Planted(String regNum, String purchaseNumber, long flagId) {}

    /** Plants a single-bid purchase of the named organization signed on {@code signed}. */
    public Planted singleBid(String organization, LocalDate signed, String supplierName) {
        // the organization, or the first of its subtree that has an INN (a municipality may have none)
        var customer = jdbc.sql("""
                        select o.inn, o.kpp, o.name from organization o
                        join org_subtree s on s.organization_id = o.id
                        where s.ancestor_id = (select id from organization where name = ?) and o.inn is not null
                        order by s.depth, o.id limit 1""")
                .param(organization)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .single();
        long n = SEQUENCE.incrementAndGet();
        String regNum = "3" + String.format("%018d", n);
        String purchase = "0" + String.format("%018d", n);
        String supplierInn = String.format("77%08d", n % 100_000_000L);
        Contract contract = new Contract(
                regNum,
                "Ф-" + n,
                signed,
                customer[0],
                customer[1],
                customer[2],
                new BigDecimal("1250000.00"),
                "RUB",
                "Ремонт кровли",
                purchase,
                false,
                List.of(new Supplier(
                        Supplier.Kind.LEGAL_ENTITY, supplierInn, null, supplierName, null, null, null, null)),
                null,
                List.of("43.91.19.190"),
                null,
                0);
        contracts.storeAsSystem("test", List.of(contract));
        Protocol protocol = new Protocol(
                purchase,
                "П-" + n,
                signed.minusDays(5),
                customer[0],
                customer[2],
                null,
                List.of(),
                "epProtocolEF2020SubmitOffers",
                List.of(new Bid(
                        "1",
                        supplierInn,
                        null,
                        supplierName,
                        Supplier.Kind.LEGAL_ENTITY,
                        new BigDecimal("1250000.00"),
                        true,
                        null,
                        1,
                        true,
                        null,
                        null,
                        null)));
        contracts.storeDocumentsAsSystem("test", List.of(), List.of(protocol), List.of());
        compute();
        long id = jdbc.sql("select id from red_flag where reg_num = ? and indicator = 'single_bid'")
                .param(regNum)
                .query(Long.class)
                .single();
        return new Planted(regNum, purchase, id);
    }

    /** Computes the flags on the stored facts. */
    public void compute() {
        computation.compute(facts.snapshot(), "system");
    }
}
