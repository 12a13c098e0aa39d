package ru.probity.expertise;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.platform.RussianFormats;
import ru.probity.tasks.Task;
import ru.probity.tasks.TaskSource;

/**
 * «Мои задачи» of the public expertise, for those who answer (the publications' managers): every
 * conclusion or proposal of the subtree whose answer has not gone out, with its last day — 30 days
 * from receipt (172-ФЗ ст.5 ч.4). The task names the number and the draft, never the sender.
 */
@Component
class PublicationTasks implements TaskSource {

    private final SubmissionStore store;

    PublicationTasks(SubmissionStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> tasksOf(CurrentUser user) {
        if (!Publications.canManage(user)) {
            return List.of();
        }
        List<Task> tasks = new ArrayList<>();
        for (SubmissionStore.Row r : store.list(user.organizationId(), null, true)) {
            tasks.add(new Task(
                    "expertisePublic",
                    r.answeredAt() == null ? "tasks.kind.expertiseAnswer" : "tasks.kind.expertiseSend",
                    List.of(r.registrationNumber(), RussianFormats.date(r.receivedOn())),
                    r.title(),
                    r.dueOn(),
                    "/expertise/publications/submissions/" + r.id(),
                    null));
        }
        return tasks;
    }
}
