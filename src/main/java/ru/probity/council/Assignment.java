package ru.probity.council;

import java.time.LocalDate;
import ru.probity.council.model.AssignmentStatus;

/**
 * A decision of a meeting addressed to a body of the tree (the executor) with its term and the
 * result expected, and the state of its execution; with the meeting, the council and the agenda
 * question it follows from for the lists. {@code overdue}: waits on the executor after its term.
 */
public record Assignment(
        long id,
        long meetingId,
        LocalDate heldOn,
        long councilId,
        String councilName,
        long councilOrganizationId,
        Long agendaItemId,
        String agendaTitle,
        long executorId,
        String executorName,
        String text,
        String expectedResult,
        LocalDate dueOn,
        AssignmentStatus status,
        boolean overdue) {}
