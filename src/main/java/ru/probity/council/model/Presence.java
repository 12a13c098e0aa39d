package ru.probity.council.model;

/** A member at a meeting: present, absent, or replaced by a person he named (who is written down). */
public enum Presence {
    PRESENT,
    ABSENT,
    REPLACED;

    /** Whether someone spoke for the member's body at the meeting (himself or his replacement). */
    public boolean counted() {
        return this != ABSENT;
    }
}
