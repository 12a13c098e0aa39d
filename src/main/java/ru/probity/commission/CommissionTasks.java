package ru.probity.commission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.commission.model.CaseStatus;
import ru.probity.org.Interests;
import ru.probity.org.OwnPeople;
import ru.probity.platform.Messages;
import ru.probity.platform.RussianFormats;
import ru.probity.tasks.Task;
import ru.probity.tasks.TaskSource;

/**
 * «Мои задачи» of the commission, for those who keep its meetings (the officers of its subtree and
 * its secretary): a waiting case to put on a meeting's agenda — the chair sets the meeting's date
 * within ten days of the information's arrival (Указ №821 п.18;
 * {@code probity.commission.schedule-within-days}), and a case on the agenda to be
 * considered by its term, no later than twenty days after it arrived (the same point;
 * {@code probity.commission.consider-within-days}). A case without a commission with competence is a
 * task of the officers of its subtree to form the body's commission or record an act handing its cases
 * over. The task names the case's kind, its source and organization, not the person.
 */
@Component
class CommissionTasks implements TaskSource {

    private static final int LIMIT = 1000;

    private final CaseStore cases;
    private final Interests interests;
    private final Commissions commissions;
    private final Messages messages;
    private final CommissionSettings settings;

    CommissionTasks(
            CaseStore cases,
            Commissions commissions,
            Messages messages,
            Interests interests,
            CommissionSettings settings) {
        this.settings = settings;
        this.cases = cases;
        this.interests = interests;
        this.commissions = commissions;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> tasksOf(CurrentUser user) {
        if (!Commissions.readsAll(user)) {
            return List.of();
        }
        Map<Long, Boolean> keeps = new HashMap<>();
        List<Task> tasks = new ArrayList<>();
        CommissionStore.Reader reader = CommissionStore.Reader.of(user);
        // never a case about the official himself or his relatives (docs/security.md «Own cases»)
        OwnPeople own = interests.of(user);
        for (CaseStatus status : List.of(CaseStatus.PENDING, CaseStatus.SCHEDULED)) {
            for (CommissionCase c : cases.list(reader, new Cases.Filter(status.name(), null, null), own, LIMIT)) {
                boolean keeper = c.commissionId() == null
                        ? Commissions.keeps(user)
                        : keeps.computeIfAbsent(
                                c.commissionId(), id -> commissions.keepsMeetings(user, commissions.load(id)));
                if (keeper) {
                    tasks.add(task(c));
                }
            }
        }
        return tasks;
    }

    private Task task(CommissionCase c) {
        String title = messages.text("commission.kind." + c.kind().name())
                + (c.sourceRef() == null || c.sourceRef().isBlank() ? "" : " " + c.sourceRef())
                + " (" + c.organizationName() + ")";
        if (c.commissionId() == null) {
            // no commission with competence: it waits, visibly, never climbing the tree
            return Task.of(
                    "commission",
                    "tasks.kind.caseWaiting",
                    title,
                    c.receivedOn().plusDays(settings.scheduleWithinDays()),
                    "/commission/cases/" + c.id());
        }
        if (c.status() == CaseStatus.PENDING) {
            LocalDate schedule = c.receivedOn().plusDays(settings.scheduleWithinDays());
            LocalDate due = c.considerBy() != null && c.considerBy().isBefore(schedule) ? c.considerBy() : schedule;
            return Task.of("commission", "tasks.kind.caseSchedule", title, due, "/commission/cases/" + c.id());
        }
        return new Task(
                "commission",
                "tasks.kind.caseConsider",
                List.of(c.meetingDate() == null ? "" : RussianFormats.date(c.meetingDate())),
                title,
                c.considerBy(),
                "/commission/cases/" + c.id(),
                null);
    }
}
