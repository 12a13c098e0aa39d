package ru.probity.commission;

import java.time.LocalDate;

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
        String organizationName) {

    public boolean overdue() {
        return doneOn == null && dueOn.isBefore(LocalDate.now());
    }
}
