package ru.probity.visits;

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
import ru.probity.platform.AttachedFile;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;
import ru.probity.platform.RussianFormats;
import ru.probity.visits.model.RecommendationStatus;
import ru.probity.visits.model.Verdict;
import ru.probity.visits.model.VisitStatus;

/**
 * On-site visits of the regional body to the municipalities: the plan per year, holding a visit
 * with its checklist's results and evidence, the recommendations with their terms and the control of
 * their execution.
 *
 * <p>Who may do what: the regional administrator plans and holds the visits to the organizations of
 * his subtree, writes the recommendations and accepts or returns the reports of execution; the
 * auditor reads them; the anti-corruption officer of the organization visited, or of one above it,
 * reads the visits of his subtree and reports the execution of their recommendations. Other roles
 * have no visits; a visit outside the user's subtree is not found.
 */
@Service
@Transactional
public class Visits {

    private final VisitStore store;
    private final Checklists checklists;
    private final VisitSettings settings;
    private final RegionTime regionTime;

    Visits(VisitStore store, Checklists checklists, VisitSettings settings, RegionTime regionTime) {
        this.store = store;
        this.checklists = checklists;
        this.settings = settings;
        this.regionTime = regionTime;
    }

    // --- who

    /** The roles that have visits: the regional administrator, the auditor, the officers. */
    public static boolean mayOpen(CurrentUser user) {
        return user.role() == Role.REGIONAL_ADMIN
                || user.role() == Role.AUDITOR
                || user.role() == Role.ANTICORRUPTION_OFFICER;
    }

    /** Plans and holds visits, accepts reports: the regional administrator. */
    public static boolean manages(CurrentUser user) {
        return user.role() == Role.REGIONAL_ADMIN;
    }

    /** Whether the user changes the visit's plan (while planned) and holds or cancels it. */
    public boolean canPlan(CurrentUser user, Visit visit) {
        return manages(user) && visit.planned();
    }

    /** Whether the user records the checklist's results and evidence: planned or held, not cancelled. */
    public boolean canRecord(CurrentUser user, Visit visit) {
        return manages(user) && visit.status() != VisitStatus.CANCELLED;
    }

    /** Whether the user writes recommendations: the visit is held. */
    public boolean canRecommend(CurrentUser user, Visit visit) {
        return manages(user) && visit.held();
    }

    /** Whether the user sees the results and recommendations: the region always, the officer once held. */
    public boolean seesResults(CurrentUser user, Visit visit) {
        return user.role() != Role.ANTICORRUPTION_OFFICER || visit.held();
    }

    /** Whether the user reports the recommendation's execution: the officer, while it waits on a report. */
    public boolean canReport(CurrentUser user, Recommendation recommendation) {
        return user.role() == Role.ANTICORRUPTION_OFFICER
                && recommendation.status().canMoveTo(RecommendationStatus.REPORTED);
    }

    /** Whether the user accepts or returns the report: the region, once reported. */
    public boolean canReview(CurrentUser user, Recommendation recommendation) {
        return manages(user) && recommendation.status() == RecommendationStatus.REPORTED;
    }

    private static void requireOpen(CurrentUser user) {
        if (!mayOpen(user)) {
            throw new AccessDeniedException("Role " + user.role() + " has no on-site visits");
        }
    }

    private static void requireManage(CurrentUser user) {
        if (!manages(user)) {
            throw new AccessDeniedException("Role " + user.role() + " does not plan on-site visits");
        }
    }

    // --- the plan

    public record Filter(Integer year, VisitStatus status, Long organizationId, String q) {}

    @Transactional(readOnly = true)
    public List<Visit> plan(CurrentUser user, Filter filter) {
        requireOpen(user);
        return store.search(
                user.organizationId(),
                new VisitStore.Filter(
                        filter.year(),
                        filter.status(),
                        filter.organizationId(),
                        RussianFormats.blankToNull(filter.q())));
    }

    @Transactional(readOnly = true)
    public Visit get(CurrentUser user, long id) {
        requireOpen(user);
        return store.find(user.organizationId(), id).orElseThrow(() -> new NotFound("visit", id));
    }

    /** What the plan's form posts. */
    public record VisitForm(
            Long organizationId,
            LocalDate plannedFrom,
            LocalDate plannedTo,
            String subject,
            String team,
            Long templateId) {

        public static VisitForm blank() {
            return new VisitForm(null, null, null, null, null, null);
        }
    }

    /** A visit added to the plan of the year of its first day. */
    public long plan(CurrentUser user, VisitForm form) {
        requireManage(user);
        Checked c = check(user, form, null);
        return store.create(
                c.from().getYear(),
                c.organization(),
                c.from(),
                c.to(),
                c.subject(),
                c.team(),
                c.template(),
                user.username());
    }

    public void update(CurrentUser user, long id, VisitForm form) {
        Visit visit = get(user, id);
        requireManage(user);
        if (!canPlan(user, visit)) {
            throw Refusal.conflict("visits.error.notPlanned");
        }
        Checked c = check(user, form, visit.templateId());
        if (c.template() != visit.templateId() && !store.results(id).isEmpty()) {
            // the results recorded are of the items of the visit's checklist: another one would orphan them
            throw Refusal.conflict("visits.error.templateHasResults");
        }
        store.update(
                id,
                c.from().getYear(),
                c.organization(),
                c.from(),
                c.to(),
                c.subject(),
                c.team(),
                c.template(),
                user.username());
    }

    private record Checked(
            long organization, LocalDate from, LocalDate to, String subject, String team, long template) {}

    /** The form checked; {@code current} the visit's checklist (kept even if withdrawn since), none for a new one. */
    private Checked check(CurrentUser user, VisitForm form, Long current) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.organizationId() == null) {
            errors.put("organizationId", "visits.error.organization");
        } else if (!store.inSubtree(user.organizationId(), form.organizationId())) {
            throw new NotFound("organization", form.organizationId());
        }
        if (form.plannedFrom() == null) {
            errors.put("plannedFrom", "visits.error.dates");
        }
        LocalDate to = form.plannedTo() == null ? form.plannedFrom() : form.plannedTo();
        if (form.plannedFrom() != null && to.isBefore(form.plannedFrom())) {
            errors.put("plannedTo", "visits.error.datesOrder");
        }
        String subject = RussianFormats.blankToNull(form.subject());
        if (subject == null) {
            errors.put("subject", "visits.error.subject");
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
        long template = form.templateId() == null ? checklists.defaultTemplate() : form.templateId();
        Template chosen = checklists.find(template);
        if (!chosen.active() && !Long.valueOf(template).equals(current)) {
            throw Refusal.invalidFields(Map.of("templateId", "visits.error.templateInactive"));
        }
        String team = form.team() == null ? "" : form.team().strip();
        return new Checked(form.organizationId(), form.plannedFrom(), to, subject, team, template);
    }

    /** The visit held on these days, with the team's conclusion. */
    public void hold(CurrentUser user, long id, LocalDate from, LocalDate to, String conclusion) {
        Visit visit = get(user, id);
        requireManage(user);
        if (!visit.status().canMoveTo(VisitStatus.HELD)) {
            throw Refusal.conflict("visits.error.notPlanned");
        }
        if (from == null) {
            throw Refusal.invalidFields(Map.of("heldFrom", "visits.error.dates"));
        }
        LocalDate last = to == null ? from : to;
        if (last.isBefore(from)) {
            throw Refusal.invalidFields(Map.of("heldTo", "visits.error.datesOrder"));
        }
        if (from.isAfter(regionTime.today())) {
            throw Refusal.invalidFields(Map.of("heldFrom", "visits.error.heldInFuture"));
        }
        store.hold(id, from, last, RussianFormats.blankToNull(conclusion), user.username());
    }

    /** The team's conclusion of a held visit, changed. */
    public void conclude(CurrentUser user, long id, String conclusion) {
        Visit visit = get(user, id);
        requireManage(user);
        if (!visit.held()) {
            throw Refusal.conflict("visits.error.notHeld");
        }
        store.conclude(id, RussianFormats.blankToNull(conclusion), user.username());
    }

    public void cancel(CurrentUser user, long id, String reason) {
        Visit visit = get(user, id);
        requireManage(user);
        if (!visit.status().canMoveTo(VisitStatus.CANCELLED)) {
            throw Refusal.conflict("visits.error.notPlanned");
        }
        String clean = RussianFormats.blankToNull(reason);
        if (clean == null) {
            throw Refusal.invalidFields(Map.of("reason", "visits.error.cancelReason"));
        }
        store.cancel(id, clean, user.username());
    }

    // --- the checklist

    /** A checklist item with the visit's result on it and the evidence files. */
    public record Row(TemplateItem item, Verdict verdict, String note, List<VisitFile> files) {}

    /** The checklist of the visit, item by item with its result, grouped by section. */
    @Transactional(readOnly = true)
    public Map<String, List<Row>> checklist(CurrentUser user, Visit visit) {
        requireResults(user, visit);
        Map<Long, VisitStore.Result> results =
                store.results(visit.id()).stream().collect(Collectors.toMap(VisitStore.Result::itemId, r -> r));
        Map<Long, List<VisitFile>> files = store.files(visit.id()).stream()
                .filter(f -> f.itemId() != null)
                .collect(Collectors.groupingBy(VisitFile::itemId));
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        for (TemplateItem item : checklists.itemsOf(visit.templateId())) {
            VisitStore.Result r = results.get(item.id());
            rows.computeIfAbsent(item.section(), s -> new java.util.ArrayList<>())
                    .add(new Row(
                            item,
                            r == null ? null : r.verdict(),
                            r == null ? null : r.note(),
                            files.getOrDefault(item.id(), List.of())));
        }
        return rows;
    }

    private void requireResults(CurrentUser user, Visit visit) {
        if (!seesResults(user, visit)) {
            throw new AccessDeniedException("The visit's results are not shown before it is held");
        }
    }

    /** A result posted for an item: its verdict (none: not recorded yet) and note. */
    public record ResultInput(long itemId, Verdict verdict, String note) {}

    /** The results of the items posted; an item of another checklist is refused, nothing is saved. */
    public void record(CurrentUser user, long id, List<ResultInput> results) {
        Visit visit = get(user, id);
        requireManage(user);
        if (!canRecord(user, visit)) {
            throw Refusal.conflict("visits.error.cancelled");
        }
        var items = checklists.itemsOf(visit.templateId()).stream()
                .map(TemplateItem::id)
                .collect(Collectors.toSet());
        for (ResultInput r : results) {
            if (!items.contains(r.itemId())) {
                throw Refusal.invalid("visits.error.item");
            }
        }
        Map<Long, VisitStore.Result> checked = new LinkedHashMap<>();
        for (ResultInput r : results) {
            String note = RussianFormats.blankToNull(r.note());
            if (r.verdict() == null && note != null) {
                throw Refusal.invalid("visits.error.noteWithoutVerdict");
            }
            checked.put(r.itemId(), new VisitStore.Result(r.itemId(), r.verdict(), note));
        }
        store.saveResults(id, List.copyOf(checked.values()), user.username());
    }

    /** An evidence file of an item of the visit's checklist, or of the visit as a whole (no item). */
    public void addEvidence(CurrentUser user, long id, Long itemId, String fileName, byte[] content) {
        Visit visit = get(user, id);
        requireManage(user);
        if (!canRecord(user, visit)) {
            throw Refusal.conflict("visits.error.cancelled");
        }
        if (itemId != null && checklists.itemsOf(visit.templateId()).stream().noneMatch(i -> i.id() == itemId)) {
            throw Refusal.invalid("visits.error.item");
        }
        store.addFile(id, itemId, null, checkFile(id, fileName, content), user.username());
    }

    /** The file checked (inert, within the size) and room for it among the visit's files. */
    private AttachedFile checkFile(long visitId, String fileName, byte[] content) {
        AttachedFile file = AttachedFile.checkInertOrRefuse(fileName, content, settings.maxFileBytes());
        AttachedFile.requireRoom(store.fileCount(visitId), settings.maxFiles());
        return file;
    }

    /** The files of the visit the user may see. */
    @Transactional(readOnly = true)
    public List<VisitFile> files(CurrentUser user, Visit visit) {
        requireResults(user, visit);
        return store.files(visit.id());
    }

    /** A stored file with its content, for its download. */
    public record Download(String name, String contentType, byte[] bytes) {}

    @Transactional(readOnly = true)
    public Download file(CurrentUser user, long id, long fileId) {
        Visit visit = get(user, id);
        requireResults(user, visit);
        return store.content(id, fileId)
                .map(c -> new Download(c.name(), c.contentType(), c.bytes()))
                .orElseThrow(() -> new NotFound("visit file", fileId));
    }

    // --- recommendations

    public record RecommendationFilter(RecommendationStatus status, boolean overdueOnly, Long organizationId) {}

    /** The recommendations of the held visits of the user's subtree, the overdue first. */
    @Transactional(readOnly = true)
    public List<Recommendation> recommendations(CurrentUser user, RecommendationFilter filter) {
        requireOpen(user);
        return store.recommendations(
                user.organizationId(),
                new VisitStore.RecommendationFilter(filter.status(), filter.overdueOnly(), filter.organizationId()));
    }

    @Transactional(readOnly = true)
    public List<Recommendation> recommendationsOf(CurrentUser user, Visit visit) {
        requireResults(user, visit);
        return store.recommendations(visit.id());
    }

    /** The reports of execution of the visit's recommendations with their files, by recommendation. */
    @Transactional(readOnly = true)
    public Map<Long, List<ExecutionReport>> reports(CurrentUser user, Visit visit) {
        requireResults(user, visit);
        Map<Long, List<VisitFile>> files = store.files(visit.id()).stream()
                .filter(f -> f.reportId() != null)
                .collect(Collectors.groupingBy(VisitFile::reportId));
        return store.reports(visit.id()).stream()
                .map(r -> r.withFiles(files.getOrDefault(r.id(), List.of())))
                .collect(Collectors.groupingBy(
                        ExecutionReport::recommendationId, LinkedHashMap::new, Collectors.toList()));
    }

    public long recommend(CurrentUser user, long id, Long itemId, String text, LocalDate dueOn) {
        Visit visit = get(user, id);
        requireManage(user);
        if (!canRecommend(user, visit)) {
            throw Refusal.conflict("visits.error.notHeld");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String clean = RussianFormats.blankToNull(text);
        if (clean == null) {
            errors.put("text", "visits.error.recommendationText");
        }
        if (dueOn == null) {
            errors.put("dueOn", "visits.error.dueOn");
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
        if (itemId != null && checklists.itemsOf(visit.templateId()).stream().noneMatch(i -> i.id() == itemId)) {
            throw Refusal.invalid("visits.error.item");
        }
        return store.addRecommendation(id, itemId, clean, dueOn, user.username());
    }

    /** Whether the user removes the recommendation: the region, while no report was sent on it. */
    public boolean canRemove(CurrentUser user, Recommendation recommendation) {
        return manages(user) && recommendation.status() == RecommendationStatus.OPEN;
    }

    /** A recommendation written by mistake, removed before the municipality reported on it. */
    public void removeRecommendation(CurrentUser user, long visitId, long recommendationId) {
        Recommendation r = recommendation(user, visitId, recommendationId);
        requireManage(user);
        if (!canRemove(user, r) || !store.removeUnreported(r.visitId(), r.id())) {
            throw Refusal.conflict("visits.error.reported");
        }
    }

    /**
     * The recommendation of the visit {@code visitId} in the user's subtree: a recommendation of
     * another visit is not found, whatever the subtree (the page's address names the visit).
     */
    private Recommendation recommendation(CurrentUser user, long visitId, long recommendationId) {
        requireOpen(user);
        Recommendation r = store.recommendation(user.organizationId(), recommendationId)
                .filter(found -> found.visitId() == visitId)
                .orElseThrow(() -> new NotFound("recommendation", recommendationId));
        Visit visit = get(user, r.visitId());
        requireResults(user, visit);
        return r;
    }

    /** The officer's report of execution with an optional file; the recommendation waits on the region. */
    public void report(
            CurrentUser user, long visitId, long recommendationId, String text, String fileName, byte[] content) {
        Recommendation r = recommendation(user, visitId, recommendationId);
        if (user.role() != Role.ANTICORRUPTION_OFFICER) {
            throw new AccessDeniedException("Only the municipality's officer reports the execution");
        }
        if (!canReport(user, r)) {
            throw Refusal.conflict("visits.error.notAwaitingReport");
        }
        String clean = RussianFormats.blankToNull(text);
        if (clean == null) {
            throw Refusal.invalidFields(Map.of("text", "visits.error.reportText"));
        }
        AttachedFile file = content == null || (content.length == 0 && (fileName == null || fileName.isBlank()))
                ? null
                : checkFile(r.visitId(), fileName, content);
        if (!store.move(recommendationId, r.status(), RecommendationStatus.REPORTED, user.username())) {
            throw Refusal.conflict("visits.error.notAwaitingReport");
        }
        long report = store.addReport(recommendationId, clean, user.username());
        if (file != null) {
            store.addFile(r.visitId(), null, report, file, user.username());
        }
    }

    /** The region accepts the report: the recommendation is executed. */
    public void accept(CurrentUser user, long visitId, long recommendationId) {
        Recommendation r = recommendation(user, visitId, recommendationId);
        requireManage(user);
        if (!store.move(
                recommendationId, RecommendationStatus.REPORTED, RecommendationStatus.ACCEPTED, user.username())) {
            throw Refusal.conflict("visits.error.notReported");
        }
        store.decide(r.id(), "ACCEPTED", null, user.username());
    }

    /** The region returns the report with a remark: the officer reports again. */
    public void giveBack(CurrentUser user, long visitId, long recommendationId, String remark) {
        Recommendation r = recommendation(user, visitId, recommendationId);
        requireManage(user);
        String clean = RussianFormats.blankToNull(remark);
        if (clean == null) {
            throw Refusal.invalidFields(Map.of("remark", "visits.error.remark"));
        }
        if (!store.move(
                recommendationId, RecommendationStatus.REPORTED, RecommendationStatus.RETURNED, user.username())) {
            throw Refusal.conflict("visits.error.notReported");
        }
        store.decide(r.id(), "RETURNED", clean, user.username());
    }

    /** Everything the report DOCX shows. */
    @Transactional(readOnly = true)
    public VisitReport.Data reportData(CurrentUser user, long id) {
        Visit visit = get(user, id);
        requireResults(user, visit);
        return new VisitReport.Data(
                visit,
                checklist(user, visit),
                store.recommendations(visit.id()),
                reports(user, visit),
                regionTime.today());
    }
}
