package ru.probity.contest;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.contest.diplomas.Diplomas;
import ru.probity.contest.model.ApplicationStatus;
import ru.probity.contest.model.ContestStatus;
import ru.probity.contest.model.Ranking;
import ru.probity.contest.model.Scoring;
import ru.probity.contest.model.WorkKind;
import ru.probity.org.Organizations;
import ru.probity.platform.Messages;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;
import ru.probity.platform.Spreadsheet;
import ru.probity.portal.PublicationLog;

/**
 * The organizer's side of the contests: the regional administrator and the anti-corruption officers
 * set up, announce and run the contests of organizations of their subtree — nominations, criteria,
 * age groups, the jury, the moderation of the applications (each read of a participant's data
 * logged), the jurors' exclusions, the closing of the judging with the results, their publication,
 * the diplomas and the statistics.
 */
@Service
@Transactional(readOnly = true)
public class Contests {

    /** The access log's subject type of an application (its label: {@code audit.subject.CONTEST_APPLICATION}). */
    static final String SUBJECT = "CONTEST_APPLICATION";

    /** The longest title or name typed in the forms. */
    static final int MAX_TEXT = 500;

    private final ContestStore store;
    private final JuryTies ties;
    private final Organizations organizations;
    private final AccessLog accessLog;
    private final PublicationLog publicationLog;
    private final RegionTime regionTime;
    private final Messages messages;

    Contests(
            ContestStore store,
            JuryTies ties,
            Organizations organizations,
            AccessLog accessLog,
            PublicationLog publicationLog,
            RegionTime regionTime,
            Messages messages) {
        this.store = store;
        this.ties = ties;
        this.organizations = organizations;
        this.accessLog = accessLog;
        this.publicationLog = publicationLog;
        this.regionTime = regionTime;
        this.messages = messages;
    }

    /** What the form of a new contest sends. */
    public record ContestForm(
            Long organization,
            String title,
            String rules,
            LocalDate applicationsFrom,
            LocalDate applicationsTo,
            LocalDate judgingUntil,
            LocalDate resultsOn) {}

    /** A contest in the organizer's list with its counts of applications. */
    public record ContestRow(Contest contest, int applications, int submitted, int admitted) {}

    /** A juror with how many works he has scored (never the scores before the closing). */
    public record JurorRow(long userId, String fullName, boolean hasCard, int scored) {}

    /** Everything the contest's page shows its organizer. */
    public record Overview(
            Contest contest,
            List<Nomination> nominations,
            List<ru.probity.contest.model.Participant.AgeGroup> ageGroups,
            List<JurorRow> jurors,
            List<Entry> entries,
            List<JuryTies.Exclusion> exclusions,
            List<ContestStore.ResultRow> results) {}

    /** Whether the user runs contests at all: the regional administrator and the officers. */
    public static boolean manages(CurrentUser user) {
        return user.role().managesRegistry();
    }

    /** The contests organized in the user's subtree. */
    public List<ContestRow> list(CurrentUser user) {
        requireManager(user);
        List<Contest> contests = store.contests(user.organizationId());
        Map<Long, ContestStore.Counts> counts =
                store.counts(contests.stream().map(Contest::id).toList());
        return contests.stream()
                .map(c -> {
                    var n = counts.getOrDefault(c.id(), new ContestStore.Counts(0, 0, 0));
                    return new ContestRow(c, n.applications(), n.submitted(), n.admitted());
                })
                .toList();
    }

    /** The contests whose jury the user sits on. */
    public List<Contest> juryOf(CurrentUser user) {
        return store.juryContests(user.userId());
    }

    @Transactional
    public long create(CurrentUser user, ContestForm f) {
        requireManager(user);
        long organization = f.organization() == null ? user.organizationId() : f.organization();
        organizations.get(user, organization);
        Map<String, String> wrong = new LinkedHashMap<>();
        if (f.title() == null || f.title().isBlank() || f.title().length() > MAX_TEXT) {
            wrong.put("title", "contest.error.title");
        }
        if (f.applicationsFrom() == null
                || f.applicationsTo() == null
                || f.judgingUntil() == null
                || f.resultsOn() == null) {
            wrong.put("applicationsFrom", "contest.error.terms");
        } else if (f.applicationsTo().isBefore(f.applicationsFrom())
                || f.judgingUntil().isBefore(f.applicationsTo())
                || f.resultsOn().isBefore(f.judgingUntil())) {
            wrong.put("applicationsTo", "contest.error.termsOrder");
        }
        if (f.rules() != null && f.rules().length() > 100_000) {
            wrong.put("rules", "contest.error.rules");
        }
        if (!wrong.isEmpty()) {
            throw Refusal.invalidFields(wrong);
        }
        return store.insertContest(organization, f, user.username());
    }

    /** A contest of the user's subtree that he runs; 404 outside it. */
    public Contest contest(CurrentUser user, long id) {
        requireManager(user);
        Contest contest = store.contest(id).orElseThrow(() -> new NotFound("contest", id));
        if (!store.inSubtree(user.organizationId(), contest.organizationId())) {
            throw new NotFound("contest", id);
        }
        return contest;
    }

    /** The contest's page: its setup, jury, applications (logged), exclusions and, once closed, results. */
    @Transactional // the read is logged
    public Overview overview(CurrentUser user, long id) {
        Contest contest = contest(user, id);
        List<Entry> entries = store.entries(id);
        accessLog.recordEach(
                AccessAction.READ,
                SUBJECT,
                entries.stream()
                        .map(e -> new AccessLog.Subject(e.id(), contest.organizationId()))
                        .toList(),
                messages.text("contest.audit.list", contest.title()));
        Map<Long, Integer> scored = store.scoredWorks(id);
        List<JurorRow> jurors = store.jurors(id).stream()
                .map(j -> new JurorRow(
                        j.userId(), j.fullName(), j.employeeId() != null, scored.getOrDefault(j.userId(), 0)))
                .toList();
        return new Overview(
                contest,
                store.nominations(id),
                store.ageGroups(id),
                jurors,
                entries,
                ties.exclusions(id),
                contest.status().scoresOpen() ? store.results(id) : List.of());
    }

    /** The contest's nominations with their criteria. */
    public List<Nomination> nominations(CurrentUser user, long id) {
        contest(user, id);
        return store.nominations(id);
    }

    private Contest draft(CurrentUser user, long id) {
        Contest contest = contest(user, id);
        if (contest.status() != ContestStatus.DRAFT) {
            throw Refusal.conflict("contest.error.notDraft");
        }
        return contest;
    }

    @Transactional
    public void addNomination(CurrentUser user, long id, String title, List<String> kinds) {
        draft(user, id);
        Set<WorkKind> set = WorkKind.parse(kinds == null ? "" : String.join(",", kinds));
        Map<String, String> wrong = new LinkedHashMap<>();
        if (title == null || title.isBlank() || title.length() > MAX_TEXT) {
            wrong.put("title", "contest.error.nominationTitle");
        }
        if (set.isEmpty()) {
            wrong.put("kinds", "contest.error.workKinds");
        }
        if (!wrong.isEmpty()) {
            throw Refusal.invalidFields(wrong);
        }
        store.insertNomination(id, title.strip(), WorkKind.format(set));
    }

    @Transactional
    public void addCriterion(CurrentUser user, long id, long nominationId, String name, Integer maxPoints) {
        draft(user, id);
        if (store.nominations(id).stream().noneMatch(n -> n.id() == nominationId)) {
            throw new NotFound("nomination", nominationId);
        }
        Map<String, String> wrong = new LinkedHashMap<>();
        if (name == null || name.isBlank() || name.length() > MAX_TEXT) {
            wrong.put("name", "contest.error.criterionName");
        }
        if (maxPoints == null || maxPoints < 1 || maxPoints > 100) {
            wrong.put("maxPoints", "contest.error.maxPoints");
        }
        if (!wrong.isEmpty()) {
            throw Refusal.invalidFields(wrong);
        }
        store.insertCriterion(nominationId, name.strip(), maxPoints);
    }

    @Transactional
    public void addAgeGroup(CurrentUser user, long id, Integer minAge, Integer maxAge) {
        draft(user, id);
        if (minAge == null || maxAge == null || minAge < 5 || maxAge > 120 || minAge > maxAge) {
            throw Refusal.invalid("contest.error.ageRange");
        }
        boolean overlaps = store.ageGroups(id).stream().anyMatch(g -> minAge <= g.maxAge() && maxAge >= g.minAge());
        if (overlaps) {
            throw Refusal.invalid("contest.error.ageOverlap");
        }
        store.insertAgeGroup(id, minAge, maxAge);
    }

    /** Appoints an account of the user's subtree to the jury, by its login. */
    @Transactional
    public void appointJuror(CurrentUser user, long id, String username) {
        Contest contest = contest(user, id);
        if (contest.status().scoresOpen()) {
            throw Refusal.conflict("contest.error.judgingClosed");
        }
        var account = (username == null || username.isBlank()
                        ? java.util.Optional.<ContestStore.Account>empty()
                        : store.account(username))
                .filter(a -> store.inSubtree(user.organizationId(), a.organizationId()))
                .orElseThrow(() -> Refusal.invalid("contest.error.juror"));
        store.insertJuror(id, account.id(), user.username());
    }

    /** Removes a juror who has not scored yet. */
    @Transactional
    public void removeJuror(CurrentUser user, long id, long userId) {
        Contest contest = contest(user, id);
        if (contest.status().scoresOpen()) {
            throw Refusal.conflict("contest.error.judgingClosed");
        }
        if (store.deleteJuror(id, userId) == 0) {
            throw Refusal.conflict("contest.error.jurorScored");
        }
    }

    /** Announces a prepared contest: public from now on, applications between its dates. */
    @Transactional
    public void announce(CurrentUser user, long id) {
        Contest contest = move(user, id, ContestStatus.ANNOUNCED);
        List<Nomination> nominations = store.nominations(id);
        if (nominations.isEmpty()
                || nominations.stream().anyMatch(n -> n.criteria().isEmpty())) {
            throw Refusal.conflict("contest.error.incomplete");
        }
        if (store.ageGroups(id).isEmpty()) {
            throw Refusal.conflict("contest.error.noAgeGroups");
        }
        store.setStatus(id, ContestStatus.ANNOUNCED, user.username());
        publicationLog.record(
                contest.organizationId(),
                ContestSection.ID,
                ContestSection.path(contest.organizationId(), id),
                contest.title(),
                PublicationLog.Action.PUBLISHED,
                user.username());
    }

    /**
     * Closes the judging: no more applications, moderation or scores; the results are computed — the
     * mean of the totals of the jurors who scored a work completely, places per nomination and age
     * group ({@link Ranking}), without the scores of a juror tied to the work's participant — and the
     * scores become visible to the jury and the organizer.
     */
    @Transactional
    public void closeJudging(CurrentUser user, long id) {
        move(user, id, ContestStatus.JUDGING_CLOSED);
        List<Entry> entries = store.entries(id);
        if (entries.stream().anyMatch(e -> e.status() == ApplicationStatus.SUBMITTED)) {
            throw Refusal.conflict("contest.error.unmoderated");
        }
        store.replaceResults(id, Ranking.rank(works(id, entries)));
        store.setStatus(id, ContestStatus.JUDGING_CLOSED, user.username());
    }

    /** The admitted works with the complete totals of their jurors. */
    private List<Ranking.Work> works(long id, List<Entry> entries) {
        Map<Long, List<Scoring.Criterion>> criteria = new HashMap<>();
        store.nominations(id).forEach(n -> criteria.put(n.id(), n.criteria()));
        Map<Long, Map<Long, Map<Long, Integer>>> byWork = new HashMap<>();
        // a juror tied to a participant scores nothing of his work, even one scored before the tie was known
        Map<Long, List<Long>> excluded = ties.excludedWorks(id);
        for (var s : store.allScores(id)) {
            if (excluded.getOrDefault(s.userId(), List.of()).contains(s.applicationId())) {
                continue;
            }
            byWork.computeIfAbsent(s.applicationId(), k -> new HashMap<>())
                    .computeIfAbsent(s.userId(), k -> new HashMap<>())
                    .put(s.criterionId(), s.points());
        }
        return entries.stream()
                .filter(e -> e.status() == ApplicationStatus.ADMITTED)
                .map(e -> new Ranking.Work(
                        e.id(),
                        e.nominationId(),
                        e.ageGroupId(),
                        byWork.getOrDefault(e.id(), Map.of()).values().stream()
                                .map(scores ->
                                        Scoring.total(criteria.getOrDefault(e.nominationId(), List.of()), scores))
                                .filter(java.util.Objects::nonNull)
                                .toList()))
                .toList();
    }

    /** Publishes the results computed at the closing on the public page. */
    @Transactional
    public void publishResults(CurrentUser user, long id) {
        Contest contest = move(user, id, ContestStatus.RESULTS_PUBLISHED);
        store.setStatus(id, ContestStatus.RESULTS_PUBLISHED, user.username());
        publicationLog.record(
                contest.organizationId(),
                ContestSection.ID,
                ContestSection.path(contest.organizationId(), id) + "/results",
                messages.text("contest.public.resultsOf", contest.title()),
                PublicationLog.Action.PUBLISHED,
                user.username());
    }

    private Contest move(CurrentUser user, long id, ContestStatus next) {
        contest(user, id);
        Contest contest = store.lock(id).orElseThrow(() -> new NotFound("contest", id));
        if (!contest.status().canMoveTo(next)) {
            throw Refusal.conflict("contest.error.state");
        }
        return contest;
    }

    /** An application of the contest, its read logged. */
    @Transactional // the read is logged
    public Entry entry(CurrentUser user, long id, long applicationId) {
        Contest contest = contest(user, id);
        Entry entry = store.entry(id, applicationId).orElseThrow(() -> new NotFound("application", applicationId));
        accessLog.record(AccessAction.READ, SUBJECT, applicationId, contest.organizationId(), entry.number());
        return entry;
    }

    @Transactional // the read is logged
    public ContestStore.StoredFile file(CurrentUser user, long id, long applicationId, long fileId) {
        entry(user, id, applicationId);
        return store.file(applicationId, fileId).orElseThrow(() -> new NotFound("file", fileId));
    }

    /** The juror exclusions from this application. */
    public List<JuryTies.Exclusion> exclusions(CurrentUser user, long id, long applicationId) {
        contest(user, id);
        return ties.exclusions(id).stream()
                .filter(x -> x.applicationId() == applicationId)
                .toList();
    }

    /** Admits a sent application to the contest. */
    @Transactional
    public void admit(CurrentUser user, long id, long applicationId) {
        moderate(user, id, applicationId, ApplicationStatus.ADMITTED, null);
    }

    /** Rejects a sent application with the reason the participant is told. */
    @Transactional
    public void reject(CurrentUser user, long id, long applicationId, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw Refusal.invalidFields(Map.of("reason", "contest.error.reason"));
        }
        moderate(user, id, applicationId, ApplicationStatus.REJECTED, reason.strip());
    }

    private void moderate(CurrentUser user, long id, long applicationId, ApplicationStatus next, String reason) {
        contest(user, id);
        Contest contest = store.lock(id).orElseThrow(() -> new NotFound("contest", id));
        if (!contest.status().judging()) {
            throw Refusal.conflict("contest.error.judgingClosed");
        }
        Entry entry = store.entry(id, applicationId).orElseThrow(() -> new NotFound("application", applicationId));
        if (!entry.status().canMoveTo(next)) {
            throw Refusal.conflict("contest.error.moderated");
        }
        store.moderate(applicationId, next, reason, user.username());
        accessLog.record(
                AccessAction.UPDATE,
                SUBJECT,
                applicationId,
                contest.organizationId(),
                messages.text("contest.entryStatus." + next.name()));
    }

    /** The statistics by municipality and school: applications, admitted, winners. */
    public List<ContestStore.StatRow> statistics(CurrentUser user, long id) {
        contest(user, id);
        return store.statistics(id);
    }

    public void writeStatistics(CurrentUser user, long id, OutputStream out) throws IOException {
        Contest contest = contest(user, id);
        try (Spreadsheet sheet = new Spreadsheet()) {
            var table = sheet.table(
                    messages.text("contest.stats.sheet"),
                    new Spreadsheet.Column(messages.text("contest.stats.municipality"), 40),
                    new Spreadsheet.Column(messages.text("contest.stats.school"), 50),
                    new Spreadsheet.Column(messages.text("contest.stats.applications"), 14),
                    new Spreadsheet.Column(messages.text("contest.stats.admitted"), 14),
                    new Spreadsheet.Column(messages.text("contest.stats.winners"), 14));
            int a = 0;
            int b = 0;
            int c = 0;
            for (var row : store.statistics(contest.id())) {
                table.row(row.municipality(), row.school(), row.applications(), row.admitted(), row.winners());
                a += row.applications();
                b += row.admitted();
                c += row.winners();
            }
            table.boldRow(messages.text("contest.stats.total"), "", a, b, c);
            sheet.write(out);
        }
    }

    /**
     * The diplomas of the contest's admitted participants, one page each (a winner's of his degree,
     * the others' of participation), or of one application; once the judging is closed.
     */
    @Transactional // the read is logged
    public void writeDiplomas(CurrentUser user, long id, Long applicationId, OutputStream out) throws IOException {
        Contest contest = contest(user, id);
        if (!contest.status().scoresOpen()) {
            throw Refusal.conflict("contest.error.noResults");
        }
        List<ContestStore.ResultRow> rows = store.results(id).stream()
                .filter(r -> applicationId == null || r.applicationId() == applicationId)
                .toList();
        if (rows.isEmpty()) {
            throw new NotFound("application", applicationId);
        }
        accessLog.recordEach(
                AccessAction.EXPORT,
                SUBJECT,
                rows.stream()
                        .map(r -> new AccessLog.Subject(r.applicationId(), contest.organizationId()))
                        .toList(),
                messages.text("contest.audit.diplomas", contest.title()));
        Diplomas.Labels labels = new Diplomas.Labels(
                messages.text("contest.diploma.winner"),
                messages.text("contest.diploma.participant"),
                messages.text("contest.diploma.degree"),
                messages.text("contest.diploma.awarded"),
                messages.text("contest.diploma.participated"),
                messages.text("contest.diploma.nomination"),
                messages.text("contest.diploma.ageGroup"),
                messages.text("contest.diploma.organizer"),
                messages.text("contest.diploma.date"));
        List<Diplomas.Diploma> diplomas = rows.stream()
                .map(r -> new Diplomas.Diploma(
                        r.name(),
                        r.school(),
                        r.municipality(),
                        r.workTitle(),
                        r.nomination(),
                        r.minAge() + "–" + r.maxAge(),
                        r.winner() ? r.place() : null,
                        r.number()))
                .toList();
        LocalDate date = contest.resultsPublishedAt() != null
                ? regionTime.local(contest.resultsPublishedAt()).toLocalDate()
                : regionTime.today();
        Diplomas.write(contest.title(), contest.organization(), date, diplomas, labels, out);
    }

    private static void requireManager(CurrentUser user) {
        if (!manages(user)) {
            throw new AccessDeniedException("Contests are run by the officers: " + user.username());
        }
    }

    /** The user, if he is a juror of the contest. */
    static void requireJuror(ContestStore store, CurrentUser user, long contestId) {
        if (!store.isJuror(contestId, user.userId())) {
            throw new AccessDeniedException("Not a juror of contest " + contestId + ": " + user.username());
        }
    }
}
