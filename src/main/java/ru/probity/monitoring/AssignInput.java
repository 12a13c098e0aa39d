package ru.probity.monitoring;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * To whom a form goes: every organization of the first level below the region ({@code firstLevel})
 * and the chosen organizations (municipalities and their bodies), by the due date.
 */
public record AssignInput(
        Boolean firstLevel,
        List<Long> organizationIds,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn) {}
