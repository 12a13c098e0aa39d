package ru.probity.council;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.council.model.AssignmentStatus;
import ru.probity.platform.RegionTime;
import ru.probity.tasks.Task;
import ru.probity.tasks.TaskSource;

/**
 * «Мои задачи» of the council: for the executors (the officer, the head), each assignment to their
 * subtree that waits on their report (open, or returned by the secretary), by its term; for the
 * council's secretary, each report to accept or return (the term: {@code probity.council.review-days}
 * from the report).
 */
@Component
class CouncilTasks implements TaskSource {

    static final String AREA = "council";

    private final CouncilStore store;
    private final Councils councils;
    private final CouncilSettings settings;
    private final RegionTime regionTime;

    CouncilTasks(CouncilStore store, Councils councils, CouncilSettings settings, RegionTime regionTime) {
        this.store = store;
        this.councils = councils;
        this.settings = settings;
        this.regionTime = regionTime;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> tasksOf(CurrentUser user) {
        List<Task> tasks = new ArrayList<>();
        if (user.role() == Role.ANTICORRUPTION_OFFICER || user.role() == Role.ORGANIZATION_HEAD) {
            for (Assignment a : store.awaitingReport(user.organizationId())) {
                tasks.add(new Task(
                        AREA,
                        a.status() == AssignmentStatus.RETURNED
                                ? "tasks.kind.councilReportAgain"
                                : "tasks.kind.councilReport",
                        List.of(a.executorName()),
                        a.text(),
                        a.dueOn(),
                        "/council/assignments/" + a.id(),
                        null));
            }
        }
        if (Councils.formsCouncils(user)) {
            for (CouncilStore.Reported r : store.awaitingReview(user.organizationId())) {
                Assignment a = r.assignment();
                if (!councils.keeps(user, a.councilOrganizationId())
                        || store.lastReporter(a.id())
                                .map(user.username()::equalsIgnoreCase)
                                .orElse(false)) {
                    continue; // not his council, or his own report: another secretary reviews it
                }
                tasks.add(new Task(
                        AREA,
                        "tasks.kind.councilReview",
                        List.of(a.executorName()),
                        a.text(),
                        r.reportedAt() == null
                                ? null
                                : regionTime.local(r.reportedAt()).toLocalDate().plusDays(settings.reviewDays()),
                        "/council/assignments/" + a.id(),
                        null));
            }
        }
        return tasks;
    }
}
