package ru.probity.agreements.model;

import java.time.LocalDate;

/** An obligation's status: done once a day of execution is recorded, overdue after its term, in progress otherwise. */
public enum ObligationStatus {
    IN_PROGRESS,
    DONE,
    OVERDUE;

    public static ObligationStatus of(LocalDate dueOn, LocalDate doneOn, LocalDate today) {
        if (doneOn != null) {
            return DONE;
        }
        if (dueOn != null && dueOn.isBefore(today)) {
            return OVERDUE;
        }
        return IN_PROGRESS;
    }
}
