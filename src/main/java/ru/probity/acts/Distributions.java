package ru.probity.acts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.accounts.Accounts;
import ru.probity.acts.model.AcknowledgementStatus;
import ru.probity.acts.model.PaperSignature;
import ru.probity.acts.model.QuizScore;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.org.Organizations;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;

/**
 * Distribution of an act's version for acknowledgement "под роспись": the audience (an
 * organization subtree, narrowed by posts, by appointment within the last N days, or to named
 * people) gets one acknowledgement each, with a due date. The employee reads the text and signs by
 * re-entering his password (after the quiz, when the act has one); the acknowledgement records the
 * hash of the file he read. A new version asks the same audience again.
 */
@Service
@Transactional
public class Distributions {

    private static final int MIN_TERM_DAYS = 7;

    private final DistributionStore store;
    private final SignatureStore signatures;
    private final Organizations organizations;
    private final LegalActs acts;
    private final Accounts accounts;
    private final AccessLog accessLog;
    private final RegionTime regionTime;

    Distributions(
            DistributionStore store,
            SignatureStore signatures,
            Organizations organizations,
            @Lazy LegalActs acts,
            Accounts accounts,
            AccessLog accessLog,
            RegionTime regionTime) {
        this.regionTime = regionTime;
        this.store = store;
        this.signatures = signatures;
        this.organizations = organizations;
        this.acts = acts;
        this.accounts = accounts;
        this.accessLog = accessLog;
    }

    /**
     * Who is asked: the subtree of an organization, optionally narrowed; {@code newcomers} marks
     * the employees of the mandatory package.
     */
    public record Audience(
            long organizationId,
            List<String> posts,
            Integer appointedWithinDays,
            List<Long> employeeIds,
            boolean newcomers) {
        public Audience(long organizationId, List<String> posts, Integer appointedWithinDays, List<Long> employeeIds) {
            this(organizationId, posts, appointedWithinDays, employeeIds, false);
        }

        public Audience {
            posts = posts == null
                    ? List.of()
                    : posts.stream()
                            .map(String::strip)
                            .filter(p -> !p.isEmpty())
                            .toList();
            employeeIds = employeeIds == null ? List.of() : List.copyOf(employeeIds);
        }
    }

    /** A distribution with its figures. */
    public record Summary(
            long id,
            long actId,
            String actTitle,
            int versionNumber,
            String organization,
            LocalDate dueOn,
            Instant createdAt,
            String createdBy,
            int recipients,
            int acknowledged,
            int overdue) {}

    /** One employee of a distribution. */
    public record Row(
            long acknowledgementId,
            long employeeId,
            String name,
            String post,
            String organization,
            String status,
            Instant acknowledgedAt,
            String method,
            String acknowledgedBy,
            Integer quizScore,
            boolean overdue,
            Signature signature) {}

    /**
     * What an online acknowledgement was signed under (63-ФЗ ст.6 ч.2, ст.9): the organization's
     * local act on electronic documents and the day of the employee's agreement, as they stood.
     */
    public record Signature(String actNumber, LocalDate actAdoptedOn, String actTitle, LocalDate agreedOn) {}

    /** An acknowledgement as its employee sees it in his list. */
    public record Mine(
            long id,
            long actId,
            String title,
            String requisites,
            ActKind kind,
            int versionNumber,
            LocalDate dueOn,
            String status,
            Instant acknowledgedAt,
            boolean overdue) {}

    /** What the employee reads and signs. */
    public record Reading(
            Mine acknowledgement, LegalAct act, ActVersion version, String text, Signatures.Standing signature) {}

    /** The outcome of signing. */
    public enum Signed {
        ACKNOWLEDGED,
        WRONG_PASSWORD,
        QUIZ_FAILED,
        ALREADY
    }

    /**
     * Sends the act's newest version to the audience; returns the distribution's id. Refused with
     * a message key when the act has no file, the due date is past or nobody is in the audience.
     */
    public long distribute(CurrentUser user, long actId, Audience audience, LocalDate dueOn) {
        LegalActs.requireKeeper(user);
        organizations.get(user, audience.organizationId());
        acts.get(user, actId);
        ActVersion version =
                acts.latest(user, actId).orElseThrow(() -> Refusal.invalidFields(Map.of("file", "acts.error.noFile")));
        if (dueOn == null || dueOn.isBefore(LocalDate.now())) {
            throw Refusal.invalidFields(Map.of("dueOn", "acts.error.due"));
        }
        return store.insert(user.username(), actId, version.id(), audience, dueOn, null)
                .orElseThrow(() -> Refusal.invalidFields(Map.of("audience", "acts.error.nobody")));
    }

    /** Named people of a subtree: the employees found, and the names not found or not unique. */
    public record Named(List<Long> employeeIds, List<String> unknown) {}

    /**
     * The employees named in a list (by full name, in any case and with е for ё, or by the employee
     * code of the card and the XLSX export) among the active ones of the organization's subtree.
     */
    @Transactional(readOnly = true)
    public Named named(CurrentUser user, long organizationId, String list) {
        organizations.get(user, organizationId);
        List<Long> ids = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String token : list.split("[,;\\n]")) {
            String name = token.strip();
            if (name.isEmpty()) {
                continue;
            }
            List<Long> found = store.named(organizationId, name);
            if (found.size() == 1) {
                ids.add(found.getFirst());
            } else {
                unknown.add(name);
            }
        }
        return new Named(ids, unknown);
    }

    /** The employees named in a list, or a refusal naming those not found (or not unique). */
    @Transactional(readOnly = true)
    public List<Long> namedOrRefuse(CurrentUser user, long organizationId, String list) {
        Named found = named(user, organizationId, list);
        if (!found.unknown().isEmpty()) {
            throw Refusal.invalid("acts.error.people", String.join(", ", found.unknown()));
        }
        return found.employeeIds();
    }

    /** Asks everyone asked for an earlier version of the act to acknowledge this one. */
    void askAgain(CurrentUser user, ActVersion version) {
        for (DistributionStore.Previous p : store.previous(version.actId(), version.id())) {
            long term = Math.max(MIN_TERM_DAYS, ChronoUnit.DAYS.between(p.createdOn(), p.dueOn()));
            store.insert(
                    user.username(),
                    version.actId(),
                    version.id(),
                    p.audience(),
                    LocalDate.now().plusDays(term),
                    p.id());
        }
    }

    /**
     * The mandatory package: every active employee of a mandatory act's subtree, hired or appointed
     * since the act became mandatory and not yet asked for it, is asked now, with the act's term.
     * Run by a scheduled job (one instance of a cluster at a time); returns how many were asked.
     */
    public int askNewcomers() {
        int asked = 0;
        for (DistributionStore.Newcomers d : store.newcomers()) {
            store.insert(
                    "system",
                    d.actId(),
                    d.versionId(),
                    new Audience(d.organizationId(), List.of(), null, d.employees(), true),
                    LocalDate.now().plusDays(d.termDays()),
                    null);
            asked += d.employees().size();
        }
        return asked;
    }

    /** The distributions of an act the user may follow (those in his subtree). */
    @Transactional(readOnly = true)
    public List<Summary> ofAct(CurrentUser user, long actId) {
        acts.get(user, actId);
        requireFollower(user);
        return store.ofAct(actId, user.organizationId());
    }

    @Transactional(readOnly = true)
    public Summary summary(CurrentUser user, long distributionId) {
        requireFollower(user);
        return store.summary(distributionId, user.organizationId())
                .orElseThrow(() -> new NotFound("distribution", distributionId));
    }

    /** Everyone of a distribution with his acknowledgement, by organization and name (logged as a read). */
    public List<Row> rows(CurrentUser user, long distributionId) {
        summary(user, distributionId);
        List<Row> rows = store.rows(distributionId);
        accessLog.recordEach(
                AccessAction.READ,
                "EMPLOYEE",
                rows.stream()
                        .map(r -> new AccessLog.Subject(r.employeeId(), null))
                        .toList(),
                "acknowledgements of distribution " + distributionId);
        return rows;
    }

    /** The signed-in employee's acknowledgements: to do first (soonest due), then done. */
    @Transactional(readOnly = true)
    public List<Mine> mine(CurrentUser user) {
        return user.employeeId() == null ? List.of() : store.mine(user.employeeId());
    }

    /** How many acknowledgements the employee still has to give. */
    @Transactional(readOnly = true)
    public int pending(CurrentUser user) {
        return user.employeeId() == null ? 0 : store.pending(user.employeeId());
    }

    /** Opens one's own acknowledgement for reading; the first opening is recorded. */
    public Reading read(CurrentUser user, long acknowledgementId) {
        Mine mine = own(user, acknowledgementId);
        store.opened(acknowledgementId);
        ActVersion version = acts.version(user, store.versionOf(acknowledgementId));
        return new Reading(
                mine,
                acts.get(user, mine.actId()),
                version,
                acts.text(user, version),
                Signatures.standing(signatures, user.employeeId()));
    }

    /**
     * Signs one's own acknowledgement by re-entering the password, after the quiz when the act has
     * one ({@code answers}: the chosen option of each question). The password is a simple
     * electronic signature only under the organization's local act and the employee's agreement
     * (63-ФЗ ст.6 ч.2, ст.9): without either it is refused, naming what is missing, and the
     * employee signs on paper ({@link #recordOnPaper}).
     */
    public Signed acknowledge(CurrentUser user, long acknowledgementId, String password, List<Integer> answers) {
        Reading reading = read(user, acknowledgementId);
        if (!AcknowledgementStatus.valueOf(reading.acknowledgement().status())
                .canMoveTo(AcknowledgementStatus.ACKNOWLEDGED)) {
            return Signed.ALREADY;
        }
        Signatures.Standing standing = Signatures.requireReady(signatures, user.employeeId());
        Integer score = null;
        List<LegalAct.QuizQuestion> quiz = reading.act().quiz();
        if (!quiz.isEmpty()) {
            score = QuizScore.percent(
                    quiz.stream().map(LegalAct.QuizQuestion::correct).toList(), answers);
            if (score < reading.act().quizPassPercent()) {
                return Signed.QUIZ_FAILED;
            }
        }
        if (!accounts.confirmPassword(user, password)) {
            return Signed.WRONG_PASSWORD;
        }
        Signatures.LocalAct act = standing.act().orElseThrow();
        store.signOnline(
                acknowledgementId,
                user.username(),
                reading.version().sha256(),
                score,
                new Signature(
                        act.number(),
                        act.adoptedOn(),
                        act.title(),
                        standing.agreement().orElseThrow().agreedOn()));
        accessLog.record(
                AccessAction.UPDATE,
                "EMPLOYEE",
                user.employeeId(),
                user.organizationId(),
                "acknowledged act " + reading.act().id() + " version "
                        + reading.version().number() + " sha256 "
                        + reading.version().sha256() + " under local act " + act.number() + " of "
                        + act.adoptedOn());
        return Signed.ACKNOWLEDGED;
    }

    /** The officer records a signature on paper for an employee who has no account or signed on paper. */
    public void recordOnPaper(CurrentUser user, long acknowledgementId, LocalDate signedOn) {
        LegalActs.requireKeeper(user);
        long distributionId = store.distributionOf(acknowledgementId)
                .orElseThrow(() -> new NotFound("acknowledgement", acknowledgementId));
        Summary sent = summary(user, distributionId);
        LocalDate sentOn = regionTime.local(sent.createdAt()).toLocalDate();
        if (!PaperSignature.valid(signedOn, sentOn, regionTime.today())) {
            throw Refusal.invalidFields(Map.of("signedOn", "acts.error.signedOn"));
        }
        store.signOnPaper(acknowledgementId, signedOn, user.username());
        accessLog.record(
                AccessAction.UPDATE, "ACKNOWLEDGEMENT", acknowledgementId, null, "signed on paper " + signedOn);
    }

    private Mine own(CurrentUser user, long acknowledgementId) {
        if (user.employeeId() == null) {
            throw new AccessDeniedException(user.username() + " has no employee record to acknowledge with");
        }
        return store.own(acknowledgementId, user.employeeId())
                .orElseThrow(() -> new NotFound("acknowledgement", acknowledgementId));
    }

    private static void requireFollower(CurrentUser user) {
        if (!user.role().readsRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " may not follow distributions");
        }
    }
}
