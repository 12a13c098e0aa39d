package ru.probity.visits;

import java.time.LocalDate;
import ru.probity.visits.model.VisitStatus;

/**
 * A visit of the plan: the organization visited, the planned dates, the subject, the region's team
 * (one member a line), the checklist it is held with, its status and, once held, the dates and the
 * team's conclusion; the number of its recommendations that wait on a report and of those overdue.
 */
public record Visit(
        long id,
        int year,
        long organizationId,
        String organizationName,
        LocalDate plannedFrom,
        LocalDate plannedTo,
        String subject,
        String team,
        long templateId,
        String templateName,
        int templateVersion,
        VisitStatus status,
        LocalDate heldFrom,
        LocalDate heldTo,
        String conclusion,
        String cancelReason,
        int recommendations,
        int awaiting,
        int overdue) {

    public boolean planned() {
        return status == VisitStatus.PLANNED;
    }

    public boolean held() {
        return status == VisitStatus.HELD;
    }
}
