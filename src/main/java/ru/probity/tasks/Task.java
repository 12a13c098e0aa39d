package ru.probity.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One thing that waits on a user.
 *
 * @param area the area's message key suffix ({@code tasks.area.<area>}: findings, notifications, …)
 * @param kind the message key of what is to be done, e.g. {@code tasks.kind.acknowledge}
 * @param arguments the arguments of {@code kind}
 * @param title what it is about: a document's title, a notification's number
 * @param due the last day of its term (legal or set by the sender); {@code null} when it has none
 * @param link the application path where it is done
 * @param count how many such items a summary task stands for; {@code null} for a single item
 */
public record Task(
        String area, String kind, List<Object> arguments, String title, LocalDate due, String link, Integer count) {

    public Task {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(link, "link");
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
        title = title == null ? "" : title;
    }

    /** A single item with a term. */
    public static Task of(String area, String kind, String title, LocalDate due, String link) {
        return new Task(area, kind, List.of(), title, due, link, null);
    }

    /** A summary of {@code count} items; the kind's first argument is the count. */
    public static Task summary(String area, String kind, int count, LocalDate due, String link) {
        return new Task(area, kind, List.of(count), "", due, link, count);
    }
}
