package ru.probity.procurement.affiliation;

import java.util.Arrays;

/** A growable list of ints, for building the registry's arrays without boxing. */
final class IntList {

    private int[] items;
    private int size;

    IntList(int capacity) {
        items = new int[Math.max(4, capacity)];
    }

    void add(int value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, items.length + (items.length >> 1));
        }
        items[size++] = value;
    }

    int get(int index) {
        return items[index];
    }

    void set(int index, int value) {
        items[index] = value;
    }

    int size() {
        return size;
    }

    int[] toArray() {
        return Arrays.copyOf(items, size);
    }
}
