package ru.probity.declarations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import ru.probity.declarations.checks.FilingRegime;
import ru.probity.declarations.checks.Terms;
import ru.probity.org.EmployeeCategory;

/**
 * The filing regime per category of employee ({@code probity.declarations.regime.*},
 * docs/declarations.md «The filing regime»): for each category the dates from which it files
 * annually or on events only, e.g. {@code probity.declarations.regime.categories.MUNICIPAL_POST[0].from=2026-01-01}
 * and {@code ...[0].mode=EVENTS}. A category given here replaces the federal model's changes for it;
 * the others keep the federal model (DOMAIN.md: municipal servants and heads of municipal
 * institutions on events since 1 January 2026, everybody else annually).
 *
 * @param categories the changes per category; null or empty: the federal model
 * @param eventTermDays the term of an obligation the module creates on an entry, an appointment to
 *     a listed post or a transfer, in days after the event (the officer sets it for one he creates)
 */
@ConfigurationProperties("probity.declarations.regime")
public record FilingRegimeSettings(
        Map<EmployeeCategory, List<FilingRegime.Change>> categories,
        @DefaultValue("30") int eventTermDays) {

    /** The regime: the federal model with the configured categories replaced. */
    public FilingRegime regime() {
        Map<String, List<FilingRegime.Change>> changes = new HashMap<>(FilingRegime.federalChanges());
        if (categories != null) {
            categories.forEach((category, list) -> changes.put(category.name(), list == null ? List.of() : list));
        }
        return new FilingRegime(changes);
    }

    /**
     * The (category, reporting year) pairs whose annual obligations the law no longer imposes, from
     * the first reporting year to the next one: the stores leave them out of reminders and «overdue».
     */
    Waived waived() {
        FilingRegime regime = regime();
        List<String> names = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (int year = Terms.FIRST_YEAR; year <= LocalDate.now().getYear() + 1; year++) {
            for (String category : regime.eventOnly(year)) {
                names.add(category);
                years.add(year);
            }
        }
        return new Waived(names.toArray(String[]::new), years.toArray(Integer[]::new));
    }

    /** Parallel arrays: category and reporting year of annual obligations no longer imposed. */
    record Waived(String[] categories, Integer[] years) {}
}
