package ru.probity.declarations;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.tasks.Task;
import ru.probity.tasks.TaskSource;

/**
 * «Мои задачи» of declarations: for the employee himself, each obligation he has not filed yet, by
 * its term (30 April of the year after the reporting one for the annual declaration, 273-ФЗ ст.8,
 * Указ №460; the term set for one on an event, e.g. appointment); for the officer who runs the
 * campaigns, how many obligations of his subtree are past their term with nothing filed.
 */
@Component
class DeclarationTasks implements TaskSource {

    private final ObligationStore obligations;

    DeclarationTasks(ObligationStore obligations) {
        this.obligations = obligations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> tasksOf(CurrentUser user) {
        List<Task> tasks = new ArrayList<>();
        if (user.employeeId() != null) {
            for (ObligationRow row : obligations.ofEmployee(user.employeeId())) {
                if (row.status() == ObligationStatus.EXPECTED || row.status() == ObligationStatus.OVERDUE) {
                    tasks.add(new Task(
                            "declarations",
                            "tasks.kind.fileDeclaration",
                            List.of(Integer.toString(row.year())),
                            row.organization(),
                            row.dueOn(),
                            "/declarations/obligations/" + row.id() + "/form",
                            null));
                }
            }
        }
        if (user.role().managesRegistry()) {
            ObligationStore.Overdue overdue = obligations.overdue(user.organizationId());
            if (overdue.count() > 0) {
                tasks.add(Task.summary(
                        "declarations",
                        "tasks.kind.declarationsOverdue",
                        overdue.count(),
                        overdue.earliest(),
                        "/declarations"));
            }
        }
        return tasks;
    }
}
