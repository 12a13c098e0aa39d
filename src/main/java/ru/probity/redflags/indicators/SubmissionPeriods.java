package ru.probity.redflags.indicators;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import ru.probity.procurement.model.Procedure;

/**
 * The legal minimum of the submission period of a 44-ФЗ purchase — the days from the notice's
 * publication in ЕИС to the end of the submission of bids — by procedure and by the edition of the
 * law in force on the notice's date (docs/red-flags.md, «Legal minimum submission periods»). Each
 * row names its article and edition.
 *
 * <p>Where the notice does not tell which of two minimums of one period applies (a paper or an
 * electronic tender in the transition of 01.07–31.12.2018, a construction purchase without ОКПД2
 * codes, a notice without НМЦК), the lower minimum is used: the indicator reports only what is short
 * under any reading.
 */
final class SubmissionPeriods {

    private static final BigDecimal THREE_MILLION = new BigDecimal("3000000");
    private static final BigDecimal THREE_HUNDRED_MILLION = new BigDecimal("300000000");
    private static final BigDecimal TWO_BILLION = new BigDecimal("2000000000");

    /**
     * One row of the table.
     *
     * @param procedure the way of placing
     * @param from the first day the row is in force (the notice's publication date)
     * @param until the last day it is in force, null while in force
     * @param limit the НМЦК band's bound, null when the row does not depend on the price
     * @param constructionLimit the bound for construction works (ОКПД2 41–43), null = {@code limit}
     * @param above the row applies to НМЦК above the bound (else at most the bound)
     * @param days the minimum
     * @param workingDays the minimum is in working days (Monday–Friday), else calendar days
     * @param source the article and the edition of 44-ФЗ
     */
    record Row(
            Procedure procedure,
            LocalDate from,
            LocalDate until,
            BigDecimal limit,
            BigDecimal constructionLimit,
            boolean above,
            int days,
            boolean workingDays,
            String source) {

        boolean inForce(LocalDate date) {
            return !date.isBefore(from) && (until == null || !date.isAfter(until));
        }

        boolean fits(BigDecimal maxPrice, boolean construction) {
            if (limit == null) {
                return true;
            }
            BigDecimal bound = construction && constructionLimit != null ? constructionLimit : limit;
            if (maxPrice == null) {
                return !above;
            }
            return above ? maxPrice.compareTo(bound) > 0 : maxPrice.compareTo(bound) <= 0;
        }
    }

    private static final LocalDate START = LocalDate.of(2014, 1, 1);
    private static final LocalDate ELECTRONIC = LocalDate.of(2018, 7, 1);
    private static final LocalDate PAPER_END = LocalDate.of(2018, 12, 31);
    private static final LocalDate LAW_71 = LocalDate.of(2019, 5, 1);
    private static final LocalDate LAW_360 = LocalDate.of(2022, 1, 1);

    static final List<Row> ROWS = List.of(
            // Tenders: open, with limited participation, two-stage.
            tender(Procedure.OPEN_TENDER, START, ELECTRONIC.minusDays(1), 20, "44-ФЗ ст.49 ч.1 (ред. от 05.04.2013)"),
            tender(
                    Procedure.OPEN_TENDER,
                    ELECTRONIC,
                    LAW_360.minusDays(1),
                    15,
                    "44-ФЗ ст.54.2 ч.1 (ред. 504-ФЗ от 31.12.2017), конкурс в электронной форме"),
            tender(Procedure.OPEN_TENDER, LAW_360, null, 15, "44-ФЗ ст.42 ч.3 п.1 (ред. 360-ФЗ от 02.07.2021)"),
            tender(
                    Procedure.LIMITED_TENDER,
                    START,
                    ELECTRONIC.minusDays(1),
                    20,
                    "44-ФЗ ст.56 (по правилам открытого конкурса), ст.49 ч.1 (ред. от 05.04.2013)"),
            tender(
                    Procedure.LIMITED_TENDER,
                    ELECTRONIC,
                    LAW_360.minusDays(1),
                    15,
                    "44-ФЗ ст.56.1, ст.54.2 ч.1 (ред. 504-ФЗ от 31.12.2017)"),
            tender(
                    Procedure.LIMITED_TENDER,
                    LAW_360,
                    null,
                    15,
                    "44-ФЗ ст.42 ч.3 п.1 (ред. 360-ФЗ от 02.07.2021; ограниченное участие — особенность"
                            + " электронного конкурса)"),
            tender(
                    Procedure.TWO_STAGE_TENDER,
                    START,
                    ELECTRONIC.minusDays(1),
                    20,
                    "44-ФЗ ст.57 (по правилам открытого конкурса), ст.49 ч.1 (ред. от 05.04.2013)"),
            tender(
                    Procedure.TWO_STAGE_TENDER,
                    ELECTRONIC,
                    LAW_360.minusDays(1),
                    15,
                    "44-ФЗ ст.57.1, ст.54.2 ч.1 (ред. 504-ФЗ от 31.12.2017)"),
            tender(
                    Procedure.TWO_STAGE_TENDER,
                    LAW_360,
                    null,
                    15,
                    "44-ФЗ ст.42 ч.3 п.1 (ред. 360-ФЗ от 02.07.2021; двухэтапный — особенность"
                            + " электронного конкурса)"),
            // Electronic auctions: two price bands.
            new Row(
                    Procedure.ELECTRONIC_AUCTION,
                    START,
                    LAW_71.minusDays(1),
                    THREE_MILLION,
                    null,
                    false,
                    7,
                    false,
                    "44-ФЗ ст.63 ч.2 (ред. от 05.04.2013 и 504-ФЗ от 31.12.2017): НМЦК не более 3 млн ₽"),
            new Row(
                    Procedure.ELECTRONIC_AUCTION,
                    START,
                    LAW_71.minusDays(1),
                    THREE_MILLION,
                    null,
                    true,
                    15,
                    false,
                    "44-ФЗ ст.63 ч.3 (ред. от 05.04.2013 и 504-ФЗ от 31.12.2017): НМЦК более 3 млн ₽"),
            new Row(
                    Procedure.ELECTRONIC_AUCTION,
                    LAW_71,
                    LAW_360.minusDays(1),
                    THREE_HUNDRED_MILLION,
                    TWO_BILLION,
                    false,
                    7,
                    false,
                    "44-ФЗ ст.63 ч.2 (ред. 71-ФЗ от 01.05.2019): НМЦК не более 300 млн ₽, строительство —"
                            + " не более 2 млрд ₽"),
            new Row(
                    Procedure.ELECTRONIC_AUCTION,
                    LAW_71,
                    LAW_360.minusDays(1),
                    THREE_HUNDRED_MILLION,
                    TWO_BILLION,
                    true,
                    15,
                    false,
                    "44-ФЗ ст.63 ч.3 (ред. 71-ФЗ от 01.05.2019): НМЦК более 300 млн ₽, строительство —"
                            + " более 2 млрд ₽"),
            new Row(
                    Procedure.ELECTRONIC_AUCTION,
                    LAW_360,
                    null,
                    THREE_HUNDRED_MILLION,
                    TWO_BILLION,
                    false,
                    7,
                    false,
                    "44-ФЗ ст.42 ч.3 п.2 (ред. 360-ФЗ от 02.07.2021): НМЦК не более 300 млн ₽,"
                            + " строительство — не более 2 млрд ₽"),
            new Row(
                    Procedure.ELECTRONIC_AUCTION,
                    LAW_360,
                    null,
                    THREE_HUNDRED_MILLION,
                    TWO_BILLION,
                    true,
                    15,
                    false,
                    "44-ФЗ ст.42 ч.3 п.2 (ред. 360-ФЗ от 02.07.2021): НМЦК более 300 млн ₽,"
                            + " строительство — более 2 млрд ₽"),
            // Requests for quotations.
            plain(
                    Procedure.QUOTATION_REQUEST,
                    START,
                    ELECTRONIC.minusDays(1),
                    7,
                    true,
                    "44-ФЗ ст.74 ч.1 (ред. от 05.04.2013)"),
            plain(
                    Procedure.QUOTATION_REQUEST,
                    ELECTRONIC,
                    LAW_71.minusDays(1),
                    5,
                    true,
                    "44-ФЗ ст.82.1 (ред. 504-ФЗ от 31.12.2017), запрос котировок в электронной форме"),
            plain(
                    Procedure.QUOTATION_REQUEST,
                    LAW_71,
                    LAW_360.minusDays(1),
                    4,
                    true,
                    "44-ФЗ ст.82.1 (ред. 71-ФЗ от 01.05.2019), запрос котировок в электронной форме"),
            plain(
                    Procedure.QUOTATION_REQUEST,
                    LAW_360,
                    null,
                    3,
                    true,
                    "44-ФЗ ст.42 ч.3 п.3 (ред. 360-ФЗ от 02.07.2021), электронный запрос котировок"),
            // Requests for proposals (abolished from 01.01.2022 by 360-ФЗ: no row after).
            plain(Procedure.PROPOSAL_REQUEST, START, PAPER_END, 5, false, "44-ФЗ ст.83 ч.3 (ред. от 05.04.2013)"),
            plain(
                    Procedure.PROPOSAL_REQUEST,
                    PAPER_END.plusDays(1),
                    LAW_360.minusDays(1),
                    5,
                    true,
                    "44-ФЗ ст.83.1 (ред. 504-ФЗ от 31.12.2017), запрос предложений в электронной форме"));

    private SubmissionPeriods() {}

    private static Row tender(Procedure procedure, LocalDate from, LocalDate until, int days, String source) {
        return new Row(procedure, from, until, null, null, false, days, false, source);
    }

    private static Row plain(
            Procedure procedure, LocalDate from, LocalDate until, int days, boolean working, String source) {
        return new Row(procedure, from, until, null, null, false, days, working, source);
    }

    /**
     * The minimum in force for a notice published on {@code date}; null when the law sets none the
     * table knows (single supplier, other ways, dates before 2014).
     *
     * @param construction the purchase is of construction works (ОКПД2 section F, classes 41–43)
     */
    static Row minimum(Procedure procedure, LocalDate date, BigDecimal maxPrice, boolean construction) {
        if (procedure == null || date == null) {
            return null;
        }
        Row found = null;
        for (Row row : ROWS) {
            if (row.procedure() == procedure && row.inForce(date) && row.fits(maxPrice, construction)) {
                if (found == null || row.days() < found.days()) {
                    found = row;
                }
            }
        }
        return found;
    }

    /** Whether ОКПД2 codes name construction works (section F: classes 41, 42, 43). */
    static boolean construction(List<String> okpd2) {
        for (String code : okpd2) {
            if (code != null && (code.startsWith("41") || code.startsWith("42") || code.startsWith("43"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The days of the period from the day of publication to the day submission ends: calendar days
     * between the dates, or the working days (Monday–Friday) after the day of publication up to and
     * including the last day.
     */
    static int days(LocalDate published, LocalDate end, boolean workingDays) {
        if (!workingDays) {
            return (int) java.time.temporal.ChronoUnit.DAYS.between(published, end);
        }
        int count = 0;
        for (LocalDate d = published.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    }
}
