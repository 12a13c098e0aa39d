package ru.probity.procurement;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.org.Interests;
import ru.probity.tasks.Task;
import ru.probity.tasks.TaskSource;

/**
 * «Мои задачи» of the screening against ЕГРЮЛ/ЕГРИП: for the officer who screens (and the regional
 * administrator), the new records of the subtree to confirm or dismiss — a possible breach of the
 * ban on business activity (25-ФЗ ст.14 ч.1 п.3) is to be looked into. No term of its own; his own
 * and his relatives' records are left out (273-ФЗ ст.10–11). No personal data in the task.
 */
@Component
class ScreeningTasks implements TaskSource {

    private final ScreeningStore store;
    private final Interests interests;

    ScreeningTasks(ScreeningStore store, Interests interests) {
        this.store = store;
        this.interests = interests;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> tasksOf(CurrentUser user) {
        if (!Screening.canUse(user)) {
            return List.of();
        }
        int fresh = store.countNew(user.organizationId(), interests.of(user).employeeArray());
        return fresh == 0
                ? List.of()
                : List.of(Task.summary("screening", "tasks.kind.screeningNew", fresh, null, "/screening?status=NEW"));
    }
}
