package ru.probity.tasks;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import ru.probity.access.CurrentUser;
import ru.probity.platform.Messages;
import ru.probity.platform.RegionTime;
import ru.probity.platform.RussianPlural;

/**
 * Collects what waits on a user from every {@link TaskSource} and puts the most urgent first: what
 * is overdue (the longest overdue first), then by the last day of the term, then what has no term.
 */
@Service
public class Tasks {

    /** Overdue first, then by the term's last day; items without a term last; then by area, title. */
    static final Comparator<Task> URGENCY = Comparator.comparing(
                    Task::due, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(Task::area)
            .thenComparing(Task::title);

    private final List<TaskSource> sources;
    private final RegionTime time;
    private final Messages messages;

    Tasks(List<TaskSource> sources, RegionTime time, Messages messages) {
        this.sources = List.copyOf(sources);
        this.time = time;
        this.messages = messages;
    }

    /**
     * What waits on {@code user}, most urgent first. Collected once per web request: the sidebar's
     * counts ({@link TaskCounts}) and the page's list (home, «Мои задачи») share it.
     */
    public List<Task> of(CurrentUser user) {
        var request = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return collect(user);
        }
        String key = Tasks.class.getName() + "." + user.userId();
        int scope = org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST;
        @SuppressWarnings("unchecked")
        List<Task> collected = (List<Task>) request.getAttribute(key, scope);
        if (collected == null) {
            collected = collect(user);
            request.setAttribute(key, collected, scope);
        }
        return collected;
    }

    private List<Task> collect(CurrentUser user) {
        List<Task> all = new ArrayList<>();
        for (TaskSource source : sources) {
            all.addAll(source.tasksOf(user));
        }
        return List.copyOf(sorted(all));
    }

    /** The same list with its texts in Russian and the days left, as the page and the API show it. */
    public List<Entry> entries(CurrentUser user) {
        LocalDate today = time.today();
        return of(user).stream().map(task -> entry(task, today)).toList();
    }

    static List<Task> sorted(List<Task> tasks) {
        List<Task> copy = new ArrayList<>(tasks);
        copy.sort(URGENCY);
        return copy;
    }

    Entry entry(Task task, LocalDate today) {
        Long daysLeft = task.due() == null ? null : ChronoUnit.DAYS.between(today, task.due());
        return new Entry(
                task.area(),
                messages.text("tasks.area." + task.area()),
                task.kind(),
                messages.text(task.kind(), task.arguments().toArray()),
                task.title(),
                task.due(),
                daysLeft,
                daysLeft != null && daysLeft < 0,
                daysLeft == null ? null : term(daysLeft),
                task.link(),
                task.count());
    }

    /** «осталось 3 дня», «срок сегодня», «просрочено на 1 день». */
    String term(long daysLeft) {
        if (daysLeft == 0) {
            return messages.text("tasks.term.today");
        }
        long days = Math.abs(daysLeft);
        String prefix = daysLeft > 0 ? "tasks.term.left." : "tasks.term.overdue.";
        return messages.text(prefix + RussianPlural.form(days), days);
    }

    /**
     * A task as the user sees it.
     *
     * @param area the area's code
     * @param areaName the area in Russian
     * @param kind the message key of what is to be done
     * @param text what is to be done, in Russian
     * @param title what it is about
     * @param due the last day of the term, or {@code null}
     * @param daysLeft days from today to the last day (negative when overdue), or {@code null}
     * @param overdue the term has passed
     * @param term the days left in Russian («осталось 3 дня», «просрочено на 2 дня»)
     * @param link the application path where it is done
     * @param count how many items a summary stands for, or {@code null}
     */
    public record Entry(
            String area,
            String areaName,
            String kind,
            String text,
            String title,
            LocalDate due,
            Long daysLeft,
            boolean overdue,
            String term,
            String link,
            Integer count) {}
}
