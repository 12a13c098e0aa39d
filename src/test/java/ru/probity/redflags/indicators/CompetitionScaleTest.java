package ru.probity.redflags.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import ru.probity.procurement.model.Bid;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.CompanyRole;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.Notice;
import ru.probity.procurement.model.PersonLink;
import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.model.Procedure;
import ru.probity.procurement.model.Protocol;
import ru.probity.procurement.model.Supplier;

/**
 * The scale check of the competition indicators: a national year — 1,000,000 contracts, each with
 * its notice and a protocol of two to four bids, built in memory — flags in well under a minute.
 * The suite runs 200,000 (a large region's year); {@code -Dredflags.scale.contracts=1000000} runs the
 * national size, {@code -Dredflags.scale.each=true} times each indicator alone. The budget is process
 * CPU time (a minute per million), so that a busy shared machine does not fail it.
 */
class CompetitionScaleTest {

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS = (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    @Test
    void purchasesFlagInWellUnderAMinutePerMillion() {
        int size = Integer.getInteger("redflags.scale.contracts", 200_000);
        Dataset data = build(size);

        long start = System.nanoTime();
        long cpuStart = PROCESS.getProcessCpuTime();
        List<Flag> flags = RedFlags.run(data, Thresholds.defaults());
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (PROCESS.getProcessCpuTime() - cpuStart) / 1e9;

        Map<String, Integer> counts = new TreeMap<>();
        flags.forEach(f -> counts.merge(f.indicator(), 1, Integer::sum));
        System.out.printf(
                "red flags: %,d contracts flagged in %.1f s (process CPU %.1f s, load %.1f): %s%n",
                size, seconds, cpu, PROCESS.getSystemLoadAverage(), counts);
        if (Boolean.getBoolean("redflags.scale.each")) {
            for (Indicator indicator : List.<Indicator>of(
                    new SingleBid(),
                    new SingleAdmitted(),
                    new AllButWinnerRejected(),
                    new LowestBidRejected(),
                    new IdenticalOffers(),
                    new HeavyDiscountWin(),
                    new LowPriceReduction(),
                    new ShortSubmissionPeriod(),
                    new BiddersSharedContact(),
                    new BiddersSharedPerson(),
                    new WinnerRotation())) {
                long t = System.nanoTime();
                long threadCpu = THREADS.getCurrentThreadCpuTime();
                int[] n = {0};
                indicator.evaluate(data, indicator.info().defaultThreshold(), f -> n[0]++);
                System.out.printf(
                        "  %s: %d flags in %.2f s (CPU %.2f s)%n",
                        indicator.info().id(),
                        n[0],
                        (System.nanoTime() - t) / 1e9,
                        (THREADS.getCurrentThreadCpuTime() - threadCpu) / 1e9);
            }
        }
        // CPU time, not wall time: the machine is shared, and a busy neighbour must not fail the check.
        // A minute of CPU on two cores is half a minute of wall time on an idle machine.
        assertThat(cpu).isLessThan(60.0 * size / 1_000_000 + 5);
        assertThat(counts)
                .containsKeys(
                        "single_bid",
                        "single_admitted",
                        "heavy_discount_win",
                        "low_price_reduction",
                        "short_submission_period",
                        "bidders_shared_contact",
                        "winner_rotation",
                        "lowest_bid_rejected",
                        "bidders_shared_person",
                        "all_but_winner_rejected",
                        "identical_offers");
    }

    private static Dataset build(int size) {
        Dataset.Builder b = Dataset.builder();
        LocalDate day = LocalDate.of(2023, 1, 9);
        BigDecimal max = new BigDecimal("1000000");
        for (int i = 0; i < size; i++) {
            String purchase = "03" + String.format("%017d", i);
            String customer = "40" + String.format("%08d", i % 5_000);
            boolean rotation = i % 1000 >= 1 && i % 1000 <= 3;
            int bidders = rotation ? 2 : i % 10 == 0 ? 1 : 2 + i % 3;
            if (rotation) {
                customer = "4000000001";
            }
            LocalDateTime published = day.plusDays(i % 300).atTime(10, 0);
            int period = i % 50 == 0 ? 4 : 10;
            b.notice(new Notice(
                    purchase,
                    "epNotificationEF2020",
                    "13.2",
                    Procedure.ELECTRONIC_AUCTION,
                    null,
                    customer,
                    null,
                    published,
                    published.plusDays(period),
                    max,
                    "RUB",
                    List.of("26.20.11.110"),
                    null));
            Bid[] bids = new Bid[bidders];
            String winnerInn = null;
            BigDecimal winnerOffer = null;
            for (int k = 0; k < bidders; k++) {
                String inn = "77" + String.format("%08d", (i * 7 + k * 13) % 2_000_000);
                if (rotation) {
                    inn = (k == 1) == (i % 1000 == 2) ? "5000000002" : "5000000001";
                }
                BigDecimal offer = i % 20 == 5
                        ? new BigDecimal(996_000 - k * 400)
                        : i % 40 == 11
                                ? new BigDecimal(700_000 - k * 20_000)
                                : new BigDecimal(900_000 - k * 20_000 - (i % 7) * 10_000);
                boolean lowestRejected = i % 200 == 17;
                boolean winner = lowestRejected ? k == 0 : k == bidders - 1;
                Boolean admitted =
                        i % 25 == 3 && !winner || lowestRejected && k == bidders - 1 ? Boolean.FALSE : Boolean.TRUE;
                if (i % 500 == 9) {
                    b.company(new Company(
                            inn,
                            null,
                            null,
                            "ООО " + inn,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            day,
                            List.of(new PersonLink(
                                    "770000000009",
                                    new PersonName("ПЕТРОВ", "ПЁТР", null),
                                    CompanyRole.DIRECTOR,
                                    "ДИРЕКТОР",
                                    null,
                                    null,
                                    null)),
                            List.of()));
                }
                String phone = i % 100 == 7 ? "+7 4842 000000" : "+7 4842 " + String.format("%06d", (i + k) % 999_999);
                bids[k] = new Bid(
                        String.valueOf(k + 1),
                        inn,
                        null,
                        "ООО " + inn,
                        Supplier.Kind.LEGAL_ENTITY,
                        offer,
                        admitted,
                        null,
                        winner ? 1 : null,
                        winner,
                        null,
                        phone,
                        null);
                if (winner) {
                    winnerInn = inn;
                    winnerOffer = offer;
                }
            }
            b.protocol(new Protocol(
                    purchase,
                    "1",
                    published.toLocalDate().plusDays(12),
                    customer,
                    null,
                    null,
                    List.of(),
                    "epProtocolEF2020FinalPart",
                    List.of(bids)));
            b.contract(new Contract(
                    "2" + purchase,
                    "1",
                    published.toLocalDate().plusDays(20),
                    customer,
                    null,
                    null,
                    winnerOffer,
                    "RUB",
                    null,
                    purchase,
                    false,
                    List.of(new Supplier(Supplier.Kind.LEGAL_ENTITY, winnerInn, null, null, null, null, null, null))));
        }
        return b.build();
    }
}
