package ru.probity.training.model;

/**
 * The seats of an event: its capacity (null: no limit) and how many are enrolled. The capacity is
 * never set below the number enrolled.
 */
public record Seats(Integer capacity, int enrolled) {

    /** Seats left, or null when the event has no limit. */
    public Integer left() {
        return capacity == null ? null : Math.max(0, capacity - enrolled);
    }

    public boolean full() {
        return capacity != null && enrolled >= capacity;
    }

    /** How many more may be enrolled (the limit of an enrolment in bulk), null for no limit. */
    public Integer room() {
        return capacity == null ? null : capacity - enrolled;
    }

    public boolean hasRoom() {
        return capacity == null || capacity > enrolled;
    }

    /** Whether the capacity may be changed to {@code next} (null: no limit): never below those enrolled. */
    public boolean canResizeTo(Integer next) {
        return next == null || next >= enrolled;
    }
}
