package ru.probity.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Terms counted in working days (e.g. the seven working days of a motivated conclusion, Указ №821)
 * on the Russian production calendar:
 *
 * <ul>
 *   <li>Saturdays and Sundays are days off;
 *   <li>the non-working public holidays of ТК РФ ст.112 ч.1 (1–6 and 8 January, 7 January, 23 February,
 *       8 March, 1 and 9 May, 12 June, 4 November) are days off;
 *   <li>a holiday outside 1–8 January that falls on a Saturday or a Sunday gives the next working day
 *       off (ст.112 ч.2);
 *   <li>the Government's yearly decree moves days off (ст.112 ч.5) — the January weekends to other
 *       days, and sometimes a Saturday becomes a working day: those moves are data, in the classpath
 *       file {@code platform/production-calendar.txt} (one line a day: {@code 2026-01-09 OFF} or
 *       {@code 2026-11-01 WORK}), updated when the decree for the next year is published. A year the
 *       file does not cover yet keeps the law's rules without the moves.
 * </ul>
 */
public final class WorkingDays {

    private static final List<MonthDay> HOLIDAYS = List.of(
            MonthDay.of(1, 1),
            MonthDay.of(1, 2),
            MonthDay.of(1, 3),
            MonthDay.of(1, 4),
            MonthDay.of(1, 5),
            MonthDay.of(1, 6),
            MonthDay.of(1, 7),
            MonthDay.of(1, 8),
            MonthDay.of(2, 23),
            MonthDay.of(3, 8),
            MonthDay.of(5, 1),
            MonthDay.of(5, 9),
            MonthDay.of(6, 12),
            MonthDay.of(11, 4));

    /** The decree's moves: {@code true} for a day made a day off, {@code false} for a day made working. */
    private static final Map<LocalDate, Boolean> MOVES = moves("platform/production-calendar.txt");

    private WorkingDays() {}

    /** The working day {@code days} working days after {@code from}. */
    public static LocalDate plus(LocalDate from, int days) {
        LocalDate date = from;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    /** Whether {@code date} is a working day of the production calendar. */
    public static boolean isWorkingDay(LocalDate date) {
        Boolean moved = MOVES.get(date);
        if (moved != null) {
            return !moved;
        }
        return !weekend(date) && !holiday(date) && !holidayMovedFromWeekend(date);
    }

    private static boolean weekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static boolean holiday(LocalDate date) {
        return HOLIDAYS.contains(MonthDay.from(date));
    }

    /**
     * ст.112 ч.2: the day after a weekend holiday (outside the January holidays) — the first weekday
     * after it that is not itself a holiday — is a day off.
     */
    private static boolean holidayMovedFromWeekend(LocalDate date) {
        LocalDate day = date.minusDays(1);
        // walk back over the days off just before this weekday: a weekend holiday among them moves here
        while (weekend(day) || holiday(day)) {
            if (weekend(day) && holiday(day) && day.getMonthValue() != 1) {
                return true;
            }
            day = day.minusDays(1);
        }
        return false;
    }

    private static Map<LocalDate, Boolean> moves(String resource) {
        Map<LocalDate, Boolean> moves = new HashMap<>();
        try (InputStream in = WorkingDays.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Map.of();
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] parts = text.split("\\s+");
                if (parts.length < 2 || !(parts[1].equals("OFF") || parts[1].equals("WORK"))) {
                    throw new IllegalStateException("Bad line in " + resource + ": " + line);
                }
                moves.put(LocalDate.parse(parts[0]), parts[1].equals("OFF"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(moves);
    }
}
