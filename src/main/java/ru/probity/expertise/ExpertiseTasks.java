package ru.probity.expertise;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.tasks.Task;
import ru.probity.tasks.TaskSource;

/**
 * «Мои задачи» of the expertise: for a legal expert, the documents of his subtree under internal
 * expertise assigned to him or to nobody, by the conclusion's term of the municipal procedure
 * ({@code probity.expertise.conclusion-working-days}); for a developer, his documents whose signed
 * conclusion has findings without his answer, by the answer's term
 * ({@code probity.expertise.answer-working-days} from the conclusion's registration).
 */
@Component
class ExpertiseTasks implements TaskSource {

    private final ExpertiseStore store;

    ExpertiseTasks(ExpertiseStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> tasksOf(CurrentUser user) {
        List<Task> tasks = new ArrayList<>();
        if (user.role().examinesActs()) {
            for (ExpertiseDocument d : store.toExamine(user.organizationId(), user.username())) {
                tasks.add(Task.of("expertise", "tasks.kind.examine", d.title(), d.dueOn(), "/expertise/" + d.id()));
            }
        }
        if (user.employeeId() != null) {
            for (ExpertiseStore.Unanswered u : store.toAnswer(user.employeeId())) {
                tasks.add(new Task(
                        "expertise",
                        "tasks.kind.answerFindings",
                        List.of(u.open()),
                        u.title(),
                        u.dueOn(),
                        "/expertise/" + u.documentId(),
                        null));
            }
        }
        return tasks;
    }
}
