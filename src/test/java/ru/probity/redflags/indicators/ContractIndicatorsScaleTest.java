package ru.probity.redflags.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.CompanyRole;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.ContractChange;
import ru.probity.procurement.model.PersonLink;
import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.model.ProcurementLaw;
import ru.probity.procurement.model.Supplier;

/**
 * A quick scale check of the engine on synthetic contracts in memory: 100 000 by default,
 * {@code -Dprobity.redflags.scale=1000000} for the national size (docs/red-flags.md «Speed»).
 */
class ContractIndicatorsScaleTest {

    @Test
    void manyContractsAreFlaggedInSeconds() {
        int size = Integer.getInteger("probity.redflags.scale", 100_000);
        Dataset data = synthetic(size, new SplittableRandom(22));

        if (Boolean.getBoolean("probity.redflags.profile")) {
            for (Indicator indicator : List.of(
                    new SplitPurchase(),
                    new SmallPurchaseAnnualCap(),
                    new NewSupplier(),
                    new SupplierLiquidatedAfterContract(),
                    new SupplierUnreliableData(),
                    new SupplierMassDirector(),
                    new SupplierMassAddress(),
                    new PriceIncreaseByAmendment(),
                    new ManyAmendments(),
                    new EarlyAmendment(),
                    new SupplierConcentration(),
                    new HeterogeneousSupplier())) {
                long t = System.nanoTime();
                List<Flag> some = ContractFixtures.run(indicator, data);
                System.out.printf(
                        "%s: %d ms, %d%n", indicator.info().id(), (System.nanoTime() - t) / 1_000_000, some.size());
            }
        }
        var os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        List<Flag> flags = RedFlags.run(data, Thresholds.defaults());
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (os.getProcessCpuTime() - cpuStart) / 1_000_000;

        Map<String, Integer> byIndicator = new TreeMap<>();
        flags.forEach(f -> byIndicator.merge(f.indicator(), 1, Integer::sum));
        System.out.printf(
                "red flags: %,d contracts flagged in %,d ms (CPU of the process %,d ms, load average %.1f): %s%n",
                size, millis, cpuMillis, os.getSystemLoadAverage(), byIndicator);
        assertThat(byIndicator).containsKeys("split_purchase", "new_supplier", "many_amendments");
        // CPU time, not wall time: the machine is shared; a minute of CPU is half a minute on 2 cores
        assertThat(cpuMillis).isLessThan((long) (size / 1_000_000.0 * 60_000) + 5_000);
    }

    private static Dataset synthetic(int size, SplittableRandom random) {
        int customers = Math.max(10, size / 50);
        int suppliers = Math.max(10, size / 10);
        String[] okpd2 = new String[200];
        for (int i = 0; i < okpd2.length; i++) {
            okpd2[i] = String.format("%02d.%02d.%02d.000", 10 + i % 80, i % 30, i % 7);
        }
        List<List<String>> codes = new ArrayList<>();
        for (String code : okpd2) {
            codes.add(List.of(code));
        }
        Dataset.Builder b = Dataset.builder();
        List<Supplier> parties = new ArrayList<>(suppliers);
        for (int s = 0; s < suppliers; s++) {
            String inn = String.valueOf(5_000_000_000L + s);
            parties.add(new Supplier(Supplier.Kind.LEGAL_ENTITY, inn, null, "ООО «" + s + "»", null, null, null, null));
            PersonLink director = new PersonLink(
                    String.valueOf(400_000_000_000L + s % (suppliers - suppliers / 100)),
                    new PersonName("ИВАНОВ", "ИВАН", String.valueOf(s)),
                    CompanyRole.DIRECTOR,
                    "ДИРЕКТОР",
                    null,
                    null,
                    null);
            LocalDate registered = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(5000));
            b.company(new Company(
                    inn,
                    null,
                    null,
                    "ООО «" + s + "»",
                    null,
                    "г. Калуга, ул. Ленина, д. " + random.nextInt(suppliers / 3),
                    null,
                    null,
                    registered,
                    random.nextInt(100) == 0 ? registered.plusDays(random.nextInt(6000)) : null,
                    LocalDate.of(2026, 1, 1),
                    List.of(director),
                    List.of(),
                    List.of(),
                    random.nextInt(200) == 0 ? List.of("ADDRESS") : List.of()));
        }
        for (int i = 0; i < size; i++) {
            String regNum = String.valueOf(3_000_000_000_000_000_000L + i);
            String customer = String.valueOf(4_000_000_000L + random.nextInt(customers));
            Supplier supplier = parties.get(random.nextInt(suppliers));
            LocalDate date = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(4000));
            boolean small = random.nextInt(10) < 3;
            long planted = Limits.inForce("4", date).contract().longValue() * 45 / 100;
            long price = small && i % 500 == 0
                    ? planted
                    : small ? 10_000 + random.nextInt(590_000) : 100_000 + random.nextInt(20_000_000);
            b.contract(new Contract(
                    regNum,
                    "1",
                    date,
                    customer,
                    null,
                    null,
                    BigDecimal.valueOf(price),
                    "RUB",
                    null,
                    small ? null : "01373000000" + i,
                    small,
                    List.of(supplier),
                    ProcurementLaw.FZ44,
                    small && i % 500 == 0 ? codes.get(0) : codes.get(random.nextInt(small ? 20 : codes.size())),
                    small ? (i % 500 == 0 || random.nextBoolean() ? "4" : "5") : null,
                    0));
            if (small && i % 500 == 0) {
                // a planted split: two more contracts with the same supplier for the same need within days
                for (int k = 1; k <= 2; k++) {
                    b.contract(new Contract(
                            regNum + "-" + k,
                            "1",
                            date.plusDays(3L * k),
                            customer,
                            null,
                            null,
                            BigDecimal.valueOf(planted),
                            "RUB",
                            null,
                            null,
                            true,
                            List.of(supplier),
                            ProcurementLaw.FZ44,
                            codes.get(0),
                            "4",
                            0));
                }
            }
            if (random.nextInt(10) == 0) {
                for (int v = 1; v <= 1 + random.nextInt(3); v++) {
                    b.change(new ContractChange(
                            regNum,
                            ContractChange.Kind.AMENDMENT,
                            v,
                            date.plusDays(10L + random.nextInt(300)),
                            BigDecimal.valueOf(price + random.nextInt(10_000)),
                            null,
                            "contract"));
                }
            }
        }
        return b.build();
    }
}
