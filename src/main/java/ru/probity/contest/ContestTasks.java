package ru.probity.contest;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.tasks.Task;
import ru.probity.tasks.TaskSource;

/**
 * «Мои задачи» of the contests: for a juror, one task per announced contest with admitted works he
 * has not scored yet (due on the last day of the judging); for the officers, one per contest of their
 * subtree with applications waiting for the moderation.
 */
@Component
class ContestTasks implements TaskSource {

    private final ContestStore store;
    private final Jury jury;

    ContestTasks(ContestStore store, Jury jury) {
        this.store = store;
        this.jury = jury;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> tasksOf(CurrentUser user) {
        List<Task> tasks = new ArrayList<>();
        for (Jury.Pending p : jury.pending(user)) {
            tasks.add(new Task(
                    "contests",
                    "tasks.kind.contestScore",
                    List.of(p.count()),
                    p.contest().title(),
                    p.contest().judgingUntil(),
                    "/contests/" + p.contest().id() + "/jury",
                    p.count()));
        }
        if (Contests.manages(user)) {
            for (ContestStore.Waiting w : store.waiting(user.organizationId())) {
                tasks.add(new Task(
                        "contests",
                        "tasks.kind.contestModerate",
                        List.of(w.count()),
                        w.title(),
                        null,
                        "/contests/" + w.contestId() + "#applications",
                        w.count()));
            }
        }
        return tasks;
    }
}
