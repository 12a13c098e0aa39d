package ru.probity.acts;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.acts.model.AcknowledgementStatus;
import ru.probity.tasks.Task;
import ru.probity.tasks.TaskSource;

/**
 * «Мои задачи» of the acts area: the employee's acts to acknowledge "под роспись" by the day the
 * distribution set (273-ФЗ ст.13.3 ч.2 п.5: acquainting employees with the anti-corruption rules);
 * for the officer of a recipient organization, the letters sent down to his subtree whose receipt he
 * has to confirm, by the day the sender set.
 */
@Component
class ActTasks implements TaskSource {

    private final DistributionStore distributions;
    private final LetterStore letters;

    ActTasks(DistributionStore distributions, LetterStore letters) {
        this.distributions = distributions;
        this.letters = letters;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> tasksOf(CurrentUser user) {
        List<Task> tasks = new ArrayList<>();
        if (user.employeeId() != null) {
            for (Distributions.Mine mine : distributions.mine(user.employeeId())) {
                if (AcknowledgementStatus.PENDING.name().equals(mine.status())) {
                    tasks.add(Task.of(
                            "acts",
                            "tasks.kind.acknowledge",
                            mine.title(),
                            mine.dueOn(),
                            "/acknowledgements/" + mine.id()));
                }
            }
        }
        if (user.role().managesRegistry()) {
            for (Letters.Received letter : letters.toConfirm(user.organizationId())) {
                tasks.add(new Task(
                        "letters",
                        "tasks.kind.confirmLetter",
                        List.of(letter.organization()),
                        letter.title(),
                        letter.dueOn(),
                        "/letters/" + letter.letterId(),
                        null));
            }
        }
        return tasks;
    }
}
