package ru.probity.redflags.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The limits of small single-supplier purchases, 44-ФЗ ст.93 ч.1 п.4 (any customer) and п.5
 * (institutions of culture, education, sport and the like), by the date they came into force: the
 * price of one contract and the annual cap on the purchases under the point. Each row names the law
 * that set it (docs/red-flags.md «Limits»). The electronic small purchases of ст.93 ч.12 and the
 * exemption of rural settlements from the annual cap are not modelled.
 */
final class Limits {

    /**
     * One edition of a point.
     *
     * @param point «4» or «5»
     * @param from the day the edition came into force
     * @param contract the highest price of one contract, roubles (inclusive)
     * @param annualFloor the fixed annual allowance the customer may use instead of the share (п.4:
     *     2 million since 140-ФЗ), null when the point has none
     * @param annualShare the share of the customer's total annual purchases (СГОЗ) the point may take
     * @param annualCeiling the absolute ceiling on the share, roubles
     * @param source the law and its date
     */
    record Row(
            String point,
            LocalDate from,
            BigDecimal contract,
            BigDecimal annualFloor,
            BigDecimal annualShare,
            BigDecimal annualCeiling,
            String source) {

        /**
         * The annual cap for a customer whose total purchases of the year are {@code total}: the share
         * of the total up to the ceiling, or the fixed allowance when that is higher.
         */
        BigDecimal annualCap(BigDecimal total) {
            BigDecimal share = total.multiply(annualShare).min(annualCeiling);
            return annualFloor == null ? share : share.max(annualFloor);
        }
    }

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    /** The editions, oldest first per point. */
    static final List<Row> ROWS = List.of(
            new Row(
                    "4",
                    LocalDate.of(2014, 1, 1),
                    BigDecimal.valueOf(100_000),
                    null,
                    new BigDecimal("0.05"),
                    MILLION.multiply(BigDecimal.valueOf(50)),
                    "44-ФЗ от 05.04.2013 в первоначальной редакции (в силу с 01.01.2014)"),
            new Row(
                    "4",
                    LocalDate.of(2014, 6, 4),
                    BigDecimal.valueOf(100_000),
                    MILLION.multiply(BigDecimal.valueOf(2)),
                    new BigDecimal("0.05"),
                    MILLION.multiply(BigDecimal.valueOf(50)),
                    "Федеральный закон от 04.06.2014 № 140-ФЗ (годовой объём: 2 млн руб. или 5 % СГОЗ,"
                            + " не более 50 млн руб.)"),
            new Row(
                    "4",
                    LocalDate.of(2019, 7, 1),
                    BigDecimal.valueOf(300_000),
                    MILLION.multiply(BigDecimal.valueOf(2)),
                    new BigDecimal("0.05"),
                    MILLION.multiply(BigDecimal.valueOf(50)),
                    "Федеральный закон от 01.05.2019 № 71-ФЗ (в силу с 01.07.2019)"),
            new Row(
                    "4",
                    LocalDate.of(2022, 1, 1),
                    BigDecimal.valueOf(600_000),
                    MILLION.multiply(BigDecimal.valueOf(2)),
                    new BigDecimal("0.10"),
                    MILLION.multiply(BigDecimal.valueOf(50)),
                    "Федеральный закон от 02.07.2021 № 360-ФЗ (в силу с 01.01.2022)"),
            new Row(
                    "5",
                    LocalDate.of(2014, 1, 1),
                    BigDecimal.valueOf(400_000),
                    null,
                    new BigDecimal("0.05"),
                    MILLION.multiply(BigDecimal.valueOf(20)),
                    "44-ФЗ от 05.04.2013 в первоначальной редакции (в силу с 01.01.2014)"),
            new Row(
                    "5",
                    LocalDate.of(2014, 6, 4),
                    BigDecimal.valueOf(400_000),
                    null,
                    new BigDecimal("0.50"),
                    MILLION.multiply(BigDecimal.valueOf(20)),
                    "Федеральный закон от 04.06.2014 № 140-ФЗ (годовой объём: 50 % СГОЗ, не более 20 млн руб.)"),
            new Row(
                    "5",
                    LocalDate.of(2019, 7, 1),
                    BigDecimal.valueOf(600_000),
                    null,
                    new BigDecimal("0.50"),
                    MILLION.multiply(BigDecimal.valueOf(30)),
                    "Федеральный закон от 01.05.2019 № 71-ФЗ (в силу с 01.07.2019)"));

    private Limits() {}

    /** Whether the point is one of the small purchases this table covers («4», «5»). */
    static boolean covers(String point) {
        return "4".equals(point) || "5".equals(point);
    }

    /**
     * The edition of the point in force on the date (the first edition for an earlier date); null for
     * a point the table does not cover or no date.
     */
    static Row inForce(String point, LocalDate date) {
        if (!covers(point) || date == null) {
            return null;
        }
        Row found = null;
        for (Row row : ROWS) {
            if (row.point().equals(point) && (found == null || !row.from().isAfter(date))) {
                found = row;
            }
        }
        return found;
    }
}
