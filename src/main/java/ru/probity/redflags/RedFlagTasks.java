package ru.probity.redflags;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.tasks.Task;
import ru.probity.tasks.TaskSource;

/**
 * «Мои задачи» of the red flags: for those who review flags (the officer, the regional
 * administrator), the new flags of the subtree whose contract's risk is at least {@code
 * probity.redflags.high-risk}. A red flag has no legal term: the task comes after those with one.
 */
@Component
class RedFlagTasks implements TaskSource {

    private final RedFlagStore store;
    private final RedFlagSettings settings;

    RedFlagTasks(RedFlagStore store, RedFlagSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> tasksOf(CurrentUser user) {
        if (!user.role().managesRegistry()) {
            return List.of();
        }
        int fresh = store.newHighRisk(user.organizationId(), settings.highRisk() - 1e-9);
        if (fresh == 0) {
            return List.of();
        }
        long percent = Math.round(settings.highRisk() * 100);
        return List.of(Task.summary(
                "redflags", "tasks.kind.redflagsHighRisk", fresh, null, "/redflags?status=NEW&risk=" + percent));
    }
}
