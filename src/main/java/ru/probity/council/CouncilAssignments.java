package ru.probity.council;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.council.model.AssignmentStatus;
import ru.probity.platform.AttachedFile;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RussianFormats;

/**
 * The decisions of the council's meetings as assignments to bodies of the tree and the control of
 * their execution.
 *
 * <p>Who may do what: the council's secretary ({@link Councils#keeps}) writes the assignments of a
 * meeting to organizations of the council's subtree, with a term and the result expected, and accepts
 * or returns the reports; the executor — the anti-corruption officer or the head of an organization
 * whose subtree holds the executor — reports through Probity (text and an optional file). An
 * assignment is seen by the council's side and the executor's side; to anybody else it is not found.
 */
@Service
@Transactional
public class CouncilAssignments {

    private final CouncilStore store;
    private final Councils councils;

    CouncilAssignments(CouncilStore store, Councils councils) {
        this.store = store;
        this.councils = councils;
    }

    // --- who

    /** Whether the user reports the assignment's execution: an executor of its subtree, while it waits on a report. */
    public boolean canReport(CurrentUser user, Assignment assignment) {
        return executes(user, assignment) && assignment.status().canMoveTo(AssignmentStatus.REPORTED);
    }

    /** An officer or head whose subtree holds the executor. */
    public boolean executes(CurrentUser user, Assignment assignment) {
        return (user.role() == Role.ANTICORRUPTION_OFFICER || user.role() == Role.ORGANIZATION_HEAD)
                && store.inSubtree(user.organizationId(), assignment.executorId());
    }

    /**
     * Whether the user accepts or returns the report: the council's secretary, once reported, and not
     * on a report he sent himself (an officer who keeps a municipality's council and executes its
     * assignment to a body of his subtree does not accept his own work).
     */
    public boolean canReview(CurrentUser user, Assignment assignment) {
        return keeps(user, assignment)
                && assignment.status() == AssignmentStatus.REPORTED
                && !reportedBy(user, assignment);
    }

    private boolean reportedBy(CurrentUser user, Assignment assignment) {
        return store.lastReporter(assignment.id())
                .map(user.username()::equalsIgnoreCase)
                .orElse(false);
    }

    private void requireNotOwn(CurrentUser user, Assignment assignment) {
        if (assignment.status() == AssignmentStatus.REPORTED && reportedBy(user, assignment)) {
            throw Refusal.conflict("council.error.ownReport");
        }
    }

    /** Whether the user removes the assignment: the secretary, while no report was sent on it. */
    public boolean canRemove(CurrentUser user, Assignment assignment) {
        return keeps(user, assignment) && assignment.status() == AssignmentStatus.OPEN;
    }

    /** The council's secretary: the council is in his subtree and he keeps it. */
    private boolean keeps(CurrentUser user, Assignment assignment) {
        return store.inSubtree(user.organizationId(), assignment.councilOrganizationId())
                && councils.keeps(user, assignment.councilOrganizationId());
    }

    // --- lists

    public record Filter(AssignmentStatus status, boolean overdueOnly, Long executorId, Long councilId) {}

    /** The assignments the user sees (of his councils or to his subtree), the overdue first. */
    @Transactional(readOnly = true)
    public List<Assignment> list(CurrentUser user, Filter filter) {
        Councils.requireOpen(user);
        return store.assignments(
                user.organizationId(),
                new CouncilStore.Filter(
                        filter.status(), filter.overdueOnly(), filter.executorId(), filter.councilId()));
    }

    /** The assignments of a meeting the user sees. */
    @Transactional(readOnly = true)
    public List<Assignment> of(CurrentUser user, Meeting meeting) {
        return store.assignments(meeting.id());
    }

    @Transactional(readOnly = true)
    public Assignment get(CurrentUser user, long id) {
        Councils.requireOpen(user);
        return store.assignment(user.organizationId(), id).orElseThrow(() -> new NotFound("council assignment", id));
    }

    /** The reports on the assignment with their files. */
    @Transactional(readOnly = true)
    public List<AssignmentReport> reports(CurrentUser user, Assignment assignment) {
        Map<Long, List<CouncilFile>> files = store.files(assignment.meetingId()).stream()
                .filter(f -> f.reportId() != null)
                .collect(Collectors.groupingBy(CouncilFile::reportId));
        return store.reports(assignment.id()).stream()
                .map(r -> r.withFiles(files.getOrDefault(r.id(), List.of())))
                .toList();
    }

    // --- the secretary writes the decisions

    public record AssignmentForm(
            Long agendaItemId, Long executorId, String text, String expectedResult, LocalDate dueOn) {}

    public long assign(CurrentUser user, long meetingId, AssignmentForm form) {
        Meeting meeting = councils.meeting(user, meetingId);
        if (!councils.keeps(user, meeting)) {
            throw new AccessDeniedException("The council is kept by its secretary");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String text = RussianFormats.blankToNull(form.text());
        if (text == null) {
            errors.put("text", "council.error.assignmentText");
        }
        if (form.executorId() == null) {
            errors.put("executorId", "council.error.executor");
        }
        if (form.dueOn() == null) {
            errors.put("dueOn", "council.error.dueOn");
        } else if (form.dueOn().isBefore(meeting.heldOn())) {
            errors.put("dueOn", "council.error.dueBeforeMeeting");
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
        if (!store.inSubtree(meeting.organizationId(), form.executorId())
                || !store.inSubtree(user.organizationId(), form.executorId())) {
            throw Refusal.invalidFields(Map.of("executorId", "council.error.executorOutside"));
        }
        if (form.agendaItemId() != null
                && store.agenda(meetingId).stream().noneMatch(i -> i.id() == form.agendaItemId())) {
            throw Refusal.invalid("council.error.item");
        }
        String expected = RussianFormats.blankToNull(form.expectedResult());
        return store.addAssignment(
                meetingId,
                form.agendaItemId(),
                form.executorId(),
                text,
                expected == null ? "" : expected,
                form.dueOn(),
                user.username());
    }

    /** An assignment written by mistake, removed before the executor reported on it. */
    public void remove(CurrentUser user, long id) {
        Assignment a = get(user, id);
        if (!canRemove(user, a) || !store.removeUnreported(a.meetingId(), a.id())) {
            if (!keeps(user, a)) {
                throw new AccessDeniedException("The council is kept by its secretary");
            }
            throw Refusal.conflict("council.error.reported");
        }
    }

    // --- the executor reports, the secretary decides

    /** The executor's report with an optional file; the assignment waits on the secretary. */
    public void report(CurrentUser user, long id, String text, String fileName, byte[] content) {
        Assignment a = get(user, id);
        if (!executes(user, a)) {
            // the council's side sees the assignment but does not report for the executor
            throw new AccessDeniedException("Only the executor reports the execution");
        }
        if (!a.status().canMoveTo(AssignmentStatus.REPORTED)) {
            throw Refusal.conflict("council.error.notAwaitingReport");
        }
        String clean = RussianFormats.blankToNull(text);
        if (clean == null) {
            throw Refusal.invalidFields(Map.of("text", "council.error.reportText"));
        }
        AttachedFile file = content == null || (content.length == 0 && (fileName == null || fileName.isBlank()))
                ? null
                : councils.checkFile(a.meetingId(), fileName, content);
        if (!store.move(id, a.status(), AssignmentStatus.REPORTED, user.username())) {
            throw Refusal.conflict("council.error.notAwaitingReport");
        }
        long report = store.addReport(id, clean, user.username());
        if (file != null) {
            store.addFile(a.meetingId(), report, file, user.username());
        }
    }

    /** The secretary accepts the report: the assignment is done. */
    public void accept(CurrentUser user, long id) {
        Assignment a = get(user, id);
        if (!keeps(user, a)) {
            throw new AccessDeniedException("The council's secretary accepts the reports");
        }
        requireNotOwn(user, a);
        if (!store.move(id, AssignmentStatus.REPORTED, AssignmentStatus.DONE, user.username())) {
            throw Refusal.conflict("council.error.notReported");
        }
        store.decide(id, "DONE", null, user.username());
    }

    /** The secretary returns the report with a remark: the executor reports again. */
    public void giveBack(CurrentUser user, long id, String remark) {
        Assignment a = get(user, id);
        if (!keeps(user, a)) {
            throw new AccessDeniedException("The council's secretary returns the reports");
        }
        requireNotOwn(user, a);
        String clean = RussianFormats.blankToNull(remark);
        if (clean == null) {
            throw Refusal.invalidFields(Map.of("remark", "council.error.remark"));
        }
        if (!store.move(id, AssignmentStatus.REPORTED, AssignmentStatus.RETURNED, user.username())) {
            throw Refusal.conflict("council.error.notReported");
        }
        store.decide(id, "RETURNED", clean, user.username());
    }

    /** A file of a report on the assignment, for those who see the assignment. */
    @Transactional(readOnly = true)
    public Councils.Download file(CurrentUser user, long id, long fileId) {
        Assignment a = get(user, id);
        return store.content(a.meetingId(), fileId)
                .filter(c -> c.reportId() != null
                        && store.assignmentOfReport(c.reportId())
                                .map(of -> of == a.id())
                                .orElse(false))
                .map(c -> new Councils.Download(c.name(), c.contentType(), c.bytes()))
                .orElseThrow(() -> new NotFound("council file", fileId));
    }
}
