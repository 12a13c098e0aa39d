package ru.probity.procurement.model;

/** What the check of a contract came to: checked, or not checkable (with the reason why). */
public enum CheckOutcome {
    CHECKED,
    NOT_CHECKED
}
