package ru.probity.platform;

import java.util.List;

/** One page of a longer list. */
public record Page<T>(List<T> items, int number, int size, int total) {

    /** The highest page number asked for; beyond it a list is empty anyway. */
    public static final int MAX_NUMBER = 1_000_000;

    /**
     * A page number from a request made safe: at least 0, at most {@link #MAX_NUMBER}, so that
     * {@code number * size} cannot overflow into a negative offset (which the database refuses).
     */
    public static int clamp(int number) {
        return Math.min(Math.max(0, number), MAX_NUMBER);
    }

    /** The offset of the page's first row. */
    public static long offset(int number, int size) {
        return (long) clamp(number) * size;
    }

    public int pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return number + 1 < pages();
    }

    public boolean hasPrevious() {
        return number > 0;
    }
}
