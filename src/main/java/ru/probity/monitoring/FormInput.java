package ru.probity.monitoring;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import ru.probity.monitoring.model.PeriodKind;

/**
 * A new form: its period, due date and title; {@code basis} is {@code default} (the default form),
 * {@code blank} (no indicators) or the id of the form to copy.
 */
public record FormInput(
        String title,
        PeriodKind periodKind,
        Integer periodYear,
        Integer periodNumber,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
        String basis) {}
