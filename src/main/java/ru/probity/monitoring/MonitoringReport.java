package ru.probity.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import ru.probity.monitoring.model.PeriodKind;
import ru.probity.monitoring.model.ReportStatus;

/** One organization's report on a form, with the form's period. */
public record MonitoringReport(
        long id,
        long formId,
        String formTitle,
        long formOrganizationId,
        PeriodKind periodKind,
        int periodYear,
        int periodNumber,
        LocalDate periodFrom,
        LocalDate periodTo,
        long organizationId,
        String organizationName,
        ReportStatus status,
        int version,
        LocalDate dueOn,
        Instant submittedAt,
        String submittedBy,
        Instant reviewedAt,
        String reviewedBy,
        String remark,
        Instant assignedAt,
        String assignedBy) {

    /** Not submitted (or returned and not resubmitted) after its due date. */
    public boolean overdue(LocalDate today) {
        return dueOn != null && status.fillable() && dueOn.isBefore(today);
    }
}
