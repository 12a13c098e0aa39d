package ru.probity.declarations;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.probity.access.CurrentUser;
import ru.probity.tasks.Task;
import ru.probity.tasks.TaskSource;

/**
 * «Мои задачи» of the проверки: for the officer of the subtree, each step that waits with its term —
 * the notice to the servant (2 working days of the decision), the interview he asked for (7 working
 * days), the report (60 days, or the extended term), the materials to the prosecutor (3 working days
 * of the report), the referral to the commission and informing the servant of the result.
 */
@Component
class VerificationTasks implements TaskSource {

    private final Verifications verifications;

    VerificationTasks(Verifications verifications) {
        this.verifications = verifications;
    }

    @Override
    public List<Task> tasksOf(CurrentUser user) {
        List<Task> tasks = new ArrayList<>();
        for (Verification v : verifications.waiting(user)) {
            for (Verification.Next next : v.waiting()) {
                tasks.add(new Task(
                        "verifications",
                        "tasks.kind.verification." + next.step(),
                        List.of(String.valueOf(v.id())),
                        v.employeeName(),
                        next.due(),
                        "/verifications/" + v.id(),
                        null));
            }
        }
        return tasks;
    }
}
