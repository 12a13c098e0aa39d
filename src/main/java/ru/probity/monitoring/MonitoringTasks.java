package ru.probity.monitoring;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.monitoring.model.ReportStatus;
import ru.probity.tasks.Task;
import ru.probity.tasks.TaskSource;

/**
 * «Мои задачи» of the monitoring: for an anti-corruption officer, each report of his subtree to be
 * filled in (assigned, a draft, returned with remarks) by its due date; for the regional
 * administrator, per form, the submitted reports that wait for his review.
 */
@Component
class MonitoringTasks implements TaskSource {

    static final String AREA = "monitoring";

    private final MonitoringReportStore store;

    MonitoringTasks(MonitoringReportStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> tasksOf(CurrentUser user) {
        List<Task> tasks = new ArrayList<>();
        if (user.role() == Role.ANTICORRUPTION_OFFICER) {
            for (MonitoringReport r : store.within(
                    user.organizationId(), List.of(ReportStatus.ASSIGNED, ReportStatus.DRAFT, ReportStatus.RETURNED))) {
                tasks.add(new Task(
                        AREA,
                        r.status() == ReportStatus.RETURNED
                                ? "tasks.kind.monitoringReturned"
                                : "tasks.kind.monitoringFill",
                        List.of(r.organizationName()),
                        r.formTitle(),
                        r.dueOn(),
                        "/monitoring/reports/" + r.id(),
                        null));
            }
        }
        if (user.role() == Role.REGIONAL_ADMIN) {
            for (MonitoringReportStore.Waiting w : store.submittedPerForm(user.organizationId())) {
                tasks.add(new Task(
                        AREA,
                        "tasks.kind.monitoringReview",
                        List.of(w.count()),
                        w.title(),
                        null,
                        "/monitoring/forms/" + w.formId(),
                        w.count()));
            }
        }
        return tasks;
    }
}
