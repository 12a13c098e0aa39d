package ru.probity.org;

import java.util.List;

/** One page of a longer list. */
public record Page<T>(List<T> items, int number, int size, int total) {

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
