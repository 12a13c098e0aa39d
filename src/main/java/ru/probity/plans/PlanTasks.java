package ru.probity.plans;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.platform.RegionTime;
import ru.probity.tasks.Task;
import ru.probity.tasks.TaskSource;

/**
 * «Мои задачи» of the plans: for those who keep the plans, one task per plan of their own
 * organization with measures overdue (their term passed, execution not reported), due since the
 * earliest of them.
 */
@Component
class PlanTasks implements TaskSource {

    private final PlanStore store;
    private final RegionTime regionTime;

    PlanTasks(PlanStore store, RegionTime regionTime) {
        this.store = store;
        this.regionTime = regionTime;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> tasksOf(CurrentUser user) {
        if (!Plans.keeps(user)) {
            return List.of();
        }
        return store.overdue(user.organizationId(), regionTime.today()).stream()
                .map(o -> new Task(
                        "plans",
                        "tasks.kind.planOverdue",
                        List.of(o.count()),
                        o.title(),
                        o.since(),
                        "/plans/" + o.planId(),
                        o.count()))
                .toList();
    }
}
