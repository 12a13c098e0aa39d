package ru.probity.training.model;

/** How much of an event a participant attended: every session, some of them, or none. */
public enum Attendance {
    ALL,
    PARTIAL,
    NONE;

    public static Attendance of(int sessions, int attended) {
        return sessions > 0 && attended >= sessions ? ALL : attended > 0 ? PARTIAL : NONE;
    }
}
