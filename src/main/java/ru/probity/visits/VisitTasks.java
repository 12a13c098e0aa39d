package ru.probity.visits;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.platform.RegionTime;
import ru.probity.tasks.Task;
import ru.probity.tasks.TaskSource;

/**
 * «Мои задачи» of on-site visits: for the anti-corruption officer, each recommendation of a held
 * visit to his subtree that waits on his report of execution (open, or returned by the region), by
 * its term; for the regional administrator, each report of execution to accept or return (the term:
 * {@code probity.visits.review-days} from the report) and one summary of the recommendations overdue
 * without a report.
 */
@Component
class VisitTasks implements TaskSource {

    static final String AREA = "visits";

    private final VisitStore store;
    private final VisitSettings settings;
    private final RegionTime regionTime;

    VisitTasks(VisitStore store, VisitSettings settings, RegionTime regionTime) {
        this.store = store;
        this.settings = settings;
        this.regionTime = regionTime;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> tasksOf(CurrentUser user) {
        List<Task> tasks = new ArrayList<>();
        if (user.role() == Role.ANTICORRUPTION_OFFICER) {
            for (Recommendation r : store.awaitingReport(user.organizationId())) {
                tasks.add(Task.of(
                        AREA,
                        r.status().name().equals("RETURNED") ? "tasks.kind.reportAgain" : "tasks.kind.reportExecution",
                        r.text(),
                        r.dueOn(),
                        "/visits/" + r.visitId() + "#recommendation-" + r.id()));
            }
        } else if (user.role() == Role.REGIONAL_ADMIN) {
            for (VisitStore.Reported r : store.awaitingReview(user.organizationId())) {
                Recommendation rec = r.recommendation();
                tasks.add(new Task(
                        AREA,
                        "tasks.kind.reviewExecution",
                        List.of(rec.organizationName()),
                        rec.text(),
                        r.reportedAt() == null
                                ? null
                                : regionTime.local(r.reportedAt()).toLocalDate().plusDays(settings.reviewDays()),
                        "/visits/" + rec.visitId() + "#recommendation-" + rec.id(),
                        null));
            }
            List<Recommendation> overdue = store.awaitingReport(user.organizationId()).stream()
                    .filter(Recommendation::overdue)
                    .toList();
            if (!overdue.isEmpty()) {
                tasks.add(Task.summary(
                        AREA,
                        "tasks.kind.overdueRecommendations",
                        overdue.size(),
                        overdue.getFirst().dueOn(),
                        "/visits/recommendations?overdue=true"));
            }
        }
        return tasks;
    }
}
