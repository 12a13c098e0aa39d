package ru.probity.acts;

/** Whether an act is in force. */
public enum ActStatus {
    DRAFT,
    IN_FORCE,
    REPEALED
}
