package ru.probity.procurement;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.org.Interests;
import ru.probity.org.OwnPeople;
import ru.probity.procurement.FindingRows.Filter;
import ru.probity.procurement.model.FindingStatus;
import ru.probity.tasks.Task;
import ru.probity.tasks.TaskSource;

/**
 * «Мои задачи» of the findings: for those who decide on findings (the officer, the regional
 * administrator), the new findings of the subtree to take into review (as the findings page counts
 * them: high and medium confidence), and the findings under review assigned to the user. A finding
 * has no legal term of its own (a possible conflict of interest, 44-ФЗ ст.31 ч.1 п.9, 273-ФЗ ст.10,
 * is to be settled before the contract is performed), so these tasks come after those with a term.
 * The tasks name the contract and the customer, not the official (no personal data here).
 */
@Component
class FindingTasks implements TaskSource {

    private final FindingStore store;
    private final Interests interests;

    FindingTasks(FindingStore store, Interests interests) {
        this.store = store;
        this.interests = interests;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> tasksOf(CurrentUser user) {
        if (!user.role().managesRegistry()) {
            return List.of();
        }
        List<Task> tasks = new ArrayList<>();
        long scope = user.organizationId();
        // never a finding about the official himself or his relatives (docs/security.md «Own cases»)
        OwnPeople own = interests.of(user);
        int fresh = store.count(scope, new Filter(FindingStatus.NEW.name(), null, null, null, null), own);
        if (fresh > 0) {
            tasks.add(Task.summary("findings", "tasks.kind.findingsNew", fresh, null, "/findings?status=NEW"));
        }
        Filter underReview = new Filter(FindingStatus.UNDER_REVIEW.name(), null, "ALL", null, null);
        for (FindingRows.Row row : store.page(scope, underReview, own, 200, 0)) {
            if (row.assignee() != null && row.assignee().equalsIgnoreCase(user.username())) {
                tasks.add(new Task(
                        "findings",
                        "tasks.kind.findingDecide",
                        List.of(Long.toString(row.id()), row.regNum() == null ? "" : row.regNum()),
                        row.organizationName() == null ? "" : row.organizationName(),
                        null,
                        "/findings/" + row.id(),
                        null));
            }
        }
        return tasks;
    }
}
