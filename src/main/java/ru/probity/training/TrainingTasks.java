package ru.probity.training;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.platform.RegionTime;
import ru.probity.platform.RussianFormats;
import ru.probity.tasks.Task;
import ru.probity.tasks.TaskSource;

/**
 * «Мои задачи» of training, for the employee himself: the tests assigned to his organization that he
 * has not passed and may still take (an unfinished attempt to finish first), by the day the test
 * closes; the training events he is enrolled in that have not begun, by their first session
 * (273-ФЗ ст.13.3 ч.2: training of employees in the prevention of corruption).
 */
@Component
class TrainingTasks implements TaskSource {

    private final Exams exams;
    private final TrainingEvents events;
    private final RegionTime time;

    TrainingTasks(Exams exams, TrainingEvents events, RegionTime time) {
        this.exams = exams;
        this.events = events;
        this.time = time;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> tasksOf(CurrentUser user) {
        if (user.employeeId() == null) {
            return List.of();
        }
        List<Task> tasks = new ArrayList<>();
        for (Exams.Available test : exams.available(user)) {
            if (test.passed() || !test.mayStart()) {
                continue;
            }
            if (test.unfinished() != null) {
                tasks.add(Task.of(
                        "training",
                        "tasks.kind.finishTest",
                        test.test().title(),
                        test.test().closesOn(),
                        "/training/attempts/" + test.unfinished()));
            } else {
                tasks.add(Task.of(
                        "training",
                        "tasks.kind.takeTest",
                        test.test().title(),
                        test.test().closesOn(),
                        "/training/my"));
            }
        }
        LocalDateTime now = time.now();
        for (TrainingEvents.Mine mine : events.mine(user)) {
            TrainingEvents.Event event = mine.event();
            if (mine.enrolled()
                    && !event.cancelled()
                    && event.firstStart() != null
                    && event.firstStart().isAfter(now)) {
                tasks.add(new Task(
                        "training",
                        "tasks.kind.attendEvent",
                        List.of(RussianFormats.dateTime(event.firstStart())),
                        event.title(),
                        event.firstStart().toLocalDate(),
                        "/training/events/" + event.id(),
                        null));
            }
        }
        return tasks;
    }
}
