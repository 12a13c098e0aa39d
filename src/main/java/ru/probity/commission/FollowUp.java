package ru.probity.commission;

import java.time.LocalDate;
import ru.probity.org.EmployeeCategory;

/** A task that follows a decision, with its due date and, once done, the measure taken. */
public record FollowUp(
        long id,
        long caseId,
        Long meetingId,
        String title,
        String responsible,
        LocalDate dueOn,
        LocalDate doneOn,
        Measure measure,
        String note,
        String personName,
        CaseKind kind,
        String organizationName,
        EmployeeCategory employeeCategory) {

    /** The measures offered for the person's category (25-ФЗ or 79-ФЗ). */
    public java.util.List<Measure> measures() {
        return Measure.offeredFor(employeeCategory);
    }

    public boolean overdue() {
        return doneOn == null && dueOn.isBefore(LocalDate.now());
    }
}
