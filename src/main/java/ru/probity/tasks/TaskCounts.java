package ru.probity.tasks;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import ru.probity.access.CurrentUser;

/**
 * Puts how many tasks wait on the signed-in user in each area beside the sidebar's entries: {@code
 * taskCounts} maps an area ({@code findings}, {@code acts}, …) to its count, {@code all} to the
 * total. A task that stands for several records (a summary) counts as many.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class TaskCounts {

    private final Tasks tasks;

    TaskCounts(Tasks tasks) {
        this.tasks = tasks;
    }

    /** Only for full pages: not for form posts and htmx requests (a test's answer saves, for one). */
    @ModelAttribute("taskCounts")
    Map<String, Integer> counts(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader("HX-Request") != null) {
            return Map.of();
        }
        return CurrentUser.find().map(this::countsOf).orElse(Map.of());
    }

    Map<String, Integer> countsOf(CurrentUser user) {
        Map<String, Integer> counts = new HashMap<>();
        for (Task task : tasks.of(user)) {
            int n = task.count() == null ? 1 : task.count();
            counts.merge(task.area(), n, Integer::sum);
            counts.merge("all", n, Integer::sum);
        }
        return counts;
    }
}
