package ru.probity.reports;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.org.Interests;
import ru.probity.org.OwnPeople;
import ru.probity.platform.RussianFormats;
import ru.probity.reports.engine.ReportStatus;
import ru.probity.tasks.Task;
import ru.probity.tasks.TaskSource;

/**
 * «Мои задачи» of reports of corruption, for those who handle them (the officer, the regional
 * administrator): the new reports of the subtree to register within three days of receipt (59-ФЗ
 * ст.8 ч.2), and the registered reports assigned to the user, to answer within 30 days (59-ФЗ ст.12
 * ч.1, with the extension of ч.2) or, when anonymous, to forward within seven (ст.11). The task
 * names the receipt, never the content or the reporter.
 */
@Component
class ReportTasks implements TaskSource {

    private static final int LIMIT = 1000;

    private final ReportStore store;
    private final Interests interests;

    ReportTasks(ReportStore store, Interests interests) {
        this.store = store;
        this.interests = interests;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> tasksOf(CurrentUser user) {
        if (!Reports.HANDLERS.contains(user.role())) {
            return List.of();
        }
        List<Task> tasks = new ArrayList<>();
        long scope = user.organizationId();
        // never a report about the official himself or his relatives (docs/security.md «Own cases»)
        OwnPeople own = interests.of(user);
        for (ReportCard card :
                store.list(scope, new Reports.Filter(ReportStatus.NEW, null, false, false), 0, own, LIMIT)) {
            tasks.add(task(card, "tasks.kind.reportRegister"));
        }
        for (ReportCard card : store.list(
                scope, new Reports.Filter(ReportStatus.REGISTERED, null, true, false), user.userId(), own, LIMIT)) {
            tasks.add(task(card, card.answerBy() != null ? "tasks.kind.reportAnswer" : "tasks.kind.reportForward"));
        }
        return tasks;
    }

    private static Task task(ReportCard card, String kind) {
        String number = card.registrationNumber() == null ? "" : "№ " + card.registrationNumber() + " — ";
        return new Task(
                "reports",
                kind,
                List.of(RussianFormats.date(card.receivedOn())),
                number + card.organizationName(),
                card.nextTerm(),
                "/reports/" + card.id(),
                null);
    }
}
