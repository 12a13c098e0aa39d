package ru.probity.declarations.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The filing regime of declarations per category of employee, as a dated setting (DOMAIN.md: a
 * federal law of December 2025, in force since 1 January 2026, ended annual filing for most
 * municipal servants and heads of municipal institutions; they file on entry, on transfer to a
 * listed post, on inclusion in the personnel reserve, and when the year's deals exceed the 3-year
 * income, by 30 April of the next year). Categories are the names of {@code org.EmployeeCategory};
 * a person whose category is not stated (null) or not listed files annually, as before the reform.
 *
 * <p>The annual duty for a reporting year is the regime in force on 31 December of that year: the
 * change of 1 January 2026 first spares the reporting year 2026 (a choice to confirm against the
 * law's text, docs/declarations.md; moving a category's date to 31 December 2025 spares 2025 too).
 */
public final class FilingRegime {

    /** How a category files from a date on. */
    public enum Mode {
        /** Every year by 30 April for the previous one (273-ФЗ ст.8, 25-ФЗ ст.15), and on entry. */
        ANNUAL,
        /** Only on the events of the reform. */
        EVENTS
    }

    /** An event that obliges a person to file. */
    public enum Trigger {
        /** Entry into the service (and a candidate for a post). */
        ENTRY,
        /** Appointment to a post on the declaration list. */
        APPOINTMENT,
        /** Transfer to a post on the list. */
        TRANSFER,
        /** Inclusion in the personnel reserve. */
        RESERVE,
        /** The year's deals above the income of the three years before (230-ФЗ ст.3). */
        DEAL
    }

    /** From {@code from} on, the category files in {@code mode}. */
    public record Change(LocalDate from, Mode mode) {}

    /** Municipal servants and heads of municipal institutions file on events since 1 January 2026. */
    public static final LocalDate REFORM = LocalDate.of(2026, 1, 1);

    private final Map<String, List<Change>> byCategory;

    public FilingRegime(Map<String, List<Change>> byCategory) {
        Map<String, List<Change>> sorted = new LinkedHashMap<>();
        byCategory.forEach((category, changes) -> sorted.put(
                category,
                changes.stream().sorted(Comparator.comparing(Change::from)).toList()));
        this.byCategory = Map.copyOf(sorted);
    }

    /** The federal model of DOMAIN.md. */
    public static FilingRegime federal() {
        return new FilingRegime(federalChanges());
    }

    /** The changes of the federal model, per category. */
    public static Map<String, List<Change>> federalChanges() {
        List<Change> reform = List.of(new Change(REFORM, Mode.EVENTS));
        return Map.of("MUNICIPAL_SERVANT", reform, "INSTITUTION_HEAD", reform);
    }

    /** The mode of a category on a day: the latest change on or before it, else annual. */
    public Mode modeOn(String category, LocalDate day) {
        Mode mode = Mode.ANNUAL;
        for (Change change : byCategory.getOrDefault(category == null ? "" : category, List.of())) {
            if (!change.from().isAfter(day)) {
                mode = change.mode();
            }
        }
        return mode;
    }

    /** Whether a person of the category files the annual declaration for a reporting year. */
    public boolean filesAnnually(String category, int year) {
        return modeOn(category, LocalDate.of(year, 12, 31)) == Mode.ANNUAL;
    }

    /**
     * The events that oblige a person of the category to file on a day: entry, appointment,
     * transfer and the reserve always; a deal above the 3-year income only under the event regime
     * (before it, the deals are §2 of the annual declaration).
     */
    public Set<Trigger> obligingEvents(String category, LocalDate day) {
        Set<Trigger> triggers = EnumSet.of(Trigger.ENTRY, Trigger.APPOINTMENT, Trigger.TRANSFER, Trigger.RESERVE);
        if (modeOn(category, day) == Mode.EVENTS) {
            triggers.add(Trigger.DEAL);
        }
        return triggers;
    }

    /** The categories that do not file annually for a reporting year (for the stores' queries). */
    public List<String> eventOnly(int year) {
        List<String> categories = new ArrayList<>();
        for (String category : byCategory.keySet()) {
            if (!filesAnnually(category, year)) {
                categories.add(category);
            }
        }
        categories.sort(null);
        return categories;
    }

    /** The term of a filing for the deals of the year of {@code dealDate}: 30 April of the next year. */
    public static LocalDate dealDeadline(LocalDate dealDate) {
        return Terms.annualDeadline(dealDate.getYear());
    }
}
