package ru.probity.procurement;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.org.EmployeeCategory;
import ru.probity.org.Interests;
import ru.probity.org.Organizations;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.procurement.screening.ScreeningRule;
import ru.probity.procurement.screening.Tie;

/**
 * The screening of every active employee of a subtree — not only procurement officials — against
 * the company registers ЕГРЮЛ and ЕГРИП (issue 18, item 12; docs/screening.md): an employee who is
 * an individual entrepreneur, or a director, board member or founder of a company, found by INN
 * without any contract. What it means follows the employee's category ({@link ScreeningRule}).
 * Only an anti-corruption officer or the regional administrator runs it and reads it, for his
 * subtree; each list read is written to the access log, and nobody sees a finding about himself.
 */
@Service
@Transactional
public class Screening {

    /** The access log's subject type: the subject id is the finding's. */
    static final String SUBJECT = "SCREENING_FINDING";

    /** The most findings a list shows. */
    static final int LIMIT = 1000;

    private final ScreeningStore store;
    private final Organizations organizations;
    private final Interests interests;
    private final AccessLog accessLog;

    Screening(ScreeningStore store, Organizations organizations, Interests interests, AccessLog accessLog) {
        this.store = store;
        this.organizations = organizations;
        this.interests = interests;
        this.accessLog = accessLog;
    }

    /** What a run did: ties found for the first time, found again, and no longer in the registers. */
    public record Outcome(int added, int seen, int gone) implements java.io.Serializable {}

    /** A finding as the officer's list shows it. */
    public record Row(
            long id,
            long employeeId,
            String employeeName,
            LocalDate birthDate,
            String employeeInn,
            String post,
            long organizationId,
            String organizationName,
            EmployeeCategory category,
            Tie tie,
            String registerInn,
            String registerOgrn,
            String registerName,
            String companyPost,
            java.math.BigDecimal sharePercent,
            LocalDate since,
            LocalDate extractDate,
            String status,
            java.time.Instant foundAt,
            String decidedBy,
            java.time.Instant decidedAt,
            String note) {}

    /** A finding with the rule its employee's category makes of it. */
    public record Finding(Row row, ScreeningRule rule) {
        public boolean violation() {
            return rule.violation();
        }
    }

    /** Screens every active employee of the user's subtree against the current extracts. */
    public Outcome run(CurrentUser user) {
        requireOfficer(user);
        ScreeningStore.RunCounts counts = store.run(user.organizationId());
        accessLog.record(
                AccessAction.SEARCH,
                SUBJECT,
                null,
                user.organizationId(),
                "ЕГРЮЛ/ЕГРИП: новых " + counts.added() + ", прежних " + counts.seen() + ", исчезло " + counts.gone());
        return new Outcome(counts.added(), counts.seen(), counts.gone());
    }

    /**
     * The findings of the user's subtree with the given statuses (all when empty), possible breaches
     * first; the user's own people are left out (273-ФЗ ст.10–11).
     */
    @Transactional
    public List<Finding> list(CurrentUser user, List<String> statuses) {
        requireOfficer(user);
        List<Finding> findings =
                store.list(user.organizationId(), statuses, interests.of(user).employeeArray(), LIMIT).stream()
                        .map(r -> new Finding(r, ScreeningRule.of(r.category(), r.tie(), r.registerName())))
                        .sorted(java.util.Comparator.comparing((Finding f) -> !f.violation()))
                        .toList();
        if (!findings.isEmpty()) {
            accessLog.recordEach(
                    AccessAction.READ,
                    SUBJECT,
                    findings.stream()
                            .map(f ->
                                    new AccessLog.Subject(f.row().id(), f.row().organizationId()))
                            .toList(),
                    "screening list");
        }
        return findings;
    }

    /** Confirms ({@code CONFIRMED}) or dismisses ({@code DISMISSED}) a finding of the user's subtree. */
    public void decide(CurrentUser user, long id, String status, String note) {
        requireOfficer(user);
        if (!"CONFIRMED".equals(status) && !"DISMISSED".equals(status)) {
            throw Refusal.invalid("screening.error.status");
        }
        String text = note == null ? "" : note.strip();
        if ("DISMISSED".equals(status) && text.isEmpty()) {
            throw Refusal.invalid("screening.error.note");
        }
        if (text.length() > 2000) {
            throw Refusal.invalid("screening.error.noteLong");
        }
        long[] owner = store.owner(id)
                .filter(o -> organizations.isVisible(user, o[1]))
                .orElseThrow(() -> new NotFound("screening finding", id));
        interests.refuseOwn(user, owner[0], null, "screening finding", id);
        store.decide(id, status, text.isEmpty() ? null : text, user.username());
        accessLog.record(AccessAction.UPDATE, SUBJECT, id, owner[1], status);
    }

    /** The screening is the officer's work: an anti-corruption officer or the regional administrator. */
    public static boolean canUse(CurrentUser user) {
        return user.role().managesRegistry();
    }

    private static void requireOfficer(CurrentUser user) {
        if (!canUse(user)) {
            throw new AccessDeniedException("Role " + user.role() + " may not screen employees");
        }
    }
}
