package ru.probity.declarations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.declarations.checks.Checks;
import ru.probity.declarations.checks.DeclarationContent;
import ru.probity.declarations.checks.DeclarationContent.Relation;
import ru.probity.declarations.checks.Extract;
import ru.probity.declarations.checks.Finding;
import ru.probity.declarations.checks.Problem;
import ru.probity.declarations.checks.Rule;
import ru.probity.declarations.checks.Terms;
import ru.probity.declarations.checks.Validation;
import ru.probity.org.Interests;
import ru.probity.org.Organizations;
import ru.probity.org.OwnPeople;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RussianFormats;
import ru.probity.sealing.Sealing;
import tools.jackson.databind.json.JsonMapper;

/**
 * Filing and reading declarations. The declarant files his own; an officer of the subtree enters
 * one from paper and reads any of his subtree. The content is sealed under the declaration's own
 * data key; what stays readable is the register (who, which obligation, when, which version), the
 * Указ №613 extract and the findings of the checks, all computed when the declaration is saved.
 */
@Service
@Transactional
public class Declarations {

    private final DeclarationStore store;
    private final ObligationStore obligations;
    private final Organizations organizations;
    private final AccessLog accessLog;
    private final DeclarationKeys keys;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final DeclarationTexts texts;
    private final Checks.Settings settings;

    private final Interests interests;

    Declarations(
            DeclarationStore store,
            ObligationStore obligations,
            Organizations organizations,
            AccessLog accessLog,
            DeclarationKeys keys,
            JsonMapper json,
            ApplicationEventPublisher events,
            DeclarationTexts texts,
            DeclarationSettings settings,
            Interests interests) {
        this.interests = interests;
        this.store = store;
        this.obligations = obligations;
        this.organizations = organizations;
        this.accessLog = accessLog;
        this.keys = keys;
        this.json = json;
        this.events = events;
        this.texts = texts;
        this.settings = settings.checks();
    }

    /** A filed declaration, opened. */
    public record Opened(
            long id,
            ObligationRow obligation,
            int version,
            boolean current,
            boolean paper,
            LocalDate submittedOn,
            Instant submittedAt,
            String submittedBy,
            DeclarationContent content,
            List<Finding> findings) {}

    /** A finding as the officers' list shows it. */
    public record FindingRow(
            long id,
            long declarationId,
            long employeeId,
            String employeeName,
            long organizationId,
            String organization,
            int year,
            Rule rule,
            List<String> args) {}

    /** The obligation if the user may file for it: his own, or (officer) in his subtree. */
    @Transactional(readOnly = true)
    public ObligationRow obligation(CurrentUser user, long id) {
        ObligationRow row = obligations.find(id).orElseThrow(() -> new NotFound("declaration obligation", id));
        requireAccess(user, row.employeeId(), row.organizationId());
        return row;
    }

    /** Whether the user files for himself (else an officer enters a paper declaration). */
    public static boolean own(CurrentUser user, ObligationRow obligation) {
        return user.employeeId() != null && user.employeeId() == obligation.employeeId();
    }

    /** The declarant's names as the registry has them, to start a new form. */
    @Transactional(readOnly = true)
    public DeclarationContent.Person declarantStub(CurrentUser user, ObligationRow obligation) {
        requireAccess(user, obligation.employeeId(), obligation.organizationId());
        DeclarationStore.Names names = store.names(obligation.employeeId());
        return new DeclarationContent.Person(
                Relation.DECLARANT,
                names.lastName(),
                names.firstName(),
                names.middleName(),
                names.birthDate(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    /**
     * What keeps the content from being filed for the obligation today: its problems by field, or
     * else a correction after its term (Указ №559 п.8: «уточнённые сведения» within one month after the term).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    List<Problem> problems(ObligationRow obligation, DeclarationContent content) {
        List<Problem> problems = Validation.validate(content, obligation.year());
        if (problems.isEmpty() && lateCorrection(obligation)) {
            return List.of(Problem.of("", "declarations.error.correctionLate", correctionsUntil(obligation)));
        }
        return problems;
    }

    /**
     * Files a declaration (or its correction) for an obligation; returns the new declaration's id.
     * Refused with the problems by field when the content is wrong, and when a correction comes more
     * than one month after the term.
     */
    public long submit(CurrentUser user, long obligationId, DeclarationContent content) {
        ObligationRow obligation = obligation(user, obligationId);
        boolean own = own(user, obligation);
        if (!own && !user.role().managesRegistry()) {
            throw new AccessDeniedException("Only the declarant or an officer files a declaration");
        }
        List<Problem> problems = Validation.validate(content, obligation.year());
        if (!problems.isEmpty()) {
            throw texts.refusal(problems);
        }
        if (lateCorrection(obligation)) {
            throw Refusal.conflict("declarations.error.correctionLate", correctionsUntil(obligation));
        }
        return file(user, obligation, own, content);
    }

    /**
     * Files a declaration imported from a «Справки БК» package: as {@link #submit}, except that the
     * form's checks were made by the import, which refuses only what makes no declaration (names,
     * one declarant, one spouse) and names the rest to the officer; the file is what the declarant
     * signed, and the checks of the content still run as for any declaration.
     */
    long submitImported(CurrentUser user, long obligationId, DeclarationContent content) {
        ObligationRow obligation = obligation(user, obligationId);
        boolean own = own(user, obligation);
        if (!own && !user.role().managesRegistry()) {
            throw new AccessDeniedException("Only the declarant or an officer files a declaration");
        }
        if (lateCorrection(obligation)) {
            throw Refusal.conflict("declarations.error.correctionLate", correctionsUntil(obligation));
        }
        return file(user, obligation, own, content);
    }

    /**
     * A paper declaration entered afterwards with the day it was filed on: the history of the
     * demo, which files the declarations of past years.
     */
    public long submitPaper(CurrentUser officer, long obligationId, DeclarationContent content, LocalDate filedOn) {
        Campaigns.requireOfficer(officer);
        long id = submit(officer, obligationId, content);
        store.backdate(id, filedOn);
        return id;
    }

    private long file(CurrentUser user, ObligationRow obligation, boolean own, DeclarationContent content) {
        long obligationId = obligation.id();
        obligations.lock(obligationId);
        int version = store.nextVersion(obligationId);
        long id = store.nextId();
        byte[][] dataKey = keys.newDataKey(id);
        byte[] sealed = Sealing.seal(dataKey[0], json.writeValueAsBytes(content), "declaration-content:" + id);
        Arrays.fill(dataKey[0], (byte) 0);
        Map<Integer, DeclarationContent> history = history(obligation.employeeId(), obligation.year(), id);
        store.supersede(obligationId);
        store.insert(new DeclarationStore.NewVersion(
                id,
                obligationId,
                obligation.employeeId(),
                obligation.organizationId(),
                obligation.year(),
                version,
                !own,
                LocalDate.now(),
                user.username(),
                json.writeValueAsString(Extract.of(content, obligation.year(), history, settings)),
                dataKey[1],
                sealed));
        List<Finding> findings =
                Checks.check(content, obligation.year(), history, store.family(obligation.employeeId()), settings);
        for (Finding f : findings) {
            store.insertFinding(id, obligation.employeeId(), obligation.organizationId(), obligation.year(), f);
        }
        accessLog.record(AccessAction.CREATE, "DECLARATION", id, obligation.organizationId(), own ? "own" : "paper");
        List<DeclaredShares.Holding> holdings = new ArrayList<>();
        for (var p : content.persons()) {
            for (var s : p.shares()) {
                holdings.add(new DeclaredShares.Holding(
                        p.relation().name(),
                        p.lastName(),
                        p.firstName(),
                        p.middleName(),
                        s.company(),
                        RussianFormats.blankToNull(s.inn()),
                        RussianFormats.blankToNull(s.ogrn()),
                        s.percent()));
            }
        }
        events.publishEvent(new DeclaredShares(id, obligation.employeeId(), obligation.year(), holdings));
        return id;
    }

    /** Opens a declaration for the declarant or an officer of the subtree; the read is logged. */
    public Opened open(CurrentUser user, long id) {
        DeclarationStore.Sealed row = store.find(id).orElseThrow(() -> new NotFound("declaration", id));
        requireAccess(user, row.employeeId(), row.organizationId());
        DeclarationContent content = unseal(id, row.dataKey(), row.content());
        accessLog.record(AccessAction.READ, "DECLARATION", id, row.organizationId(), null);
        ObligationRow obligation = obligations.find(row.obligationId()).orElseThrow();
        return new Opened(
                id,
                obligation,
                row.version(),
                row.current(),
                row.paper(),
                row.submittedOn(),
                row.submittedAt(),
                row.submittedBy(),
                content,
                store.findings(id));
    }

    /**
     * What changed between an employee's declarations of two years.
     *
     * @param previousId the declaration of the earlier year, null when there is none on file
     * @param changes the findings of the comparison (empty without an earlier declaration)
     * @param incomes the income of each person in both years
     * @param years the years the employee has declarations for, to choose from
     */
    public record YearOverYear(
            long employeeId,
            String employeeName,
            int year,
            int previous,
            long declarationId,
            Long previousId,
            List<Finding> changes,
            List<Checks.IncomeChange> incomes,
            List<Integer> years) {}

    /**
     * Compares the employee's current declarations of two years (the earlier one by default the
     * year before). Open to whoever may open both declarations (the declarant, an officer of the
     * subtree unless they are his own people); each declaration read is logged.
     */
    public YearOverYear yearOverYear(CurrentUser user, long employeeId, int year, Integer previousYear) {
        int previous = previousYear == null ? year - 1 : previousYear;
        if (previous >= year) {
            throw Refusal.invalid("declarations.changes.order");
        }
        DeclarationStore.Current now =
                store.current(employeeId, year).orElseThrow(() -> new NotFound("declaration of year", year));
        requireAccess(user, employeeId, now.organizationId());
        DeclarationStore.Current before = store.current(employeeId, previous).orElse(null);
        if (before != null) {
            requireAccess(user, employeeId, before.organizationId());
        }
        DeclarationContent content = unseal(now.id(), now.dataKey(), now.content());
        accessLog.record(AccessAction.READ, "DECLARATION", now.id(), now.organizationId(), "year-over-year");
        DeclarationStore.Names names = store.names(employeeId);
        String name = names.lastName() + " " + names.firstName()
                + (names.middleName() == null ? "" : " " + names.middleName());
        if (before == null) {
            return new YearOverYear(
                    employeeId, name, year, previous, now.id(), null, List.of(), List.of(), store.years(employeeId));
        }
        DeclarationContent earlier = unseal(before.id(), before.dataKey(), before.content());
        accessLog.record(AccessAction.READ, "DECLARATION", before.id(), before.organizationId(), "year-over-year");
        return new YearOverYear(
                employeeId,
                name,
                year,
                previous,
                now.id(),
                before.id(),
                Checks.compare(content, earlier, settings),
                Checks.incomes(content, earlier, settings),
                store.years(employeeId));
    }

    /** The findings of one declaration. */
    @Transactional(readOnly = true)
    public List<Finding> findings(long declarationId) {
        return store.findings(declarationId);
    }

    /** Findings of the current declarations of the subtree for a year, optionally of one rule (officers). */
    @Transactional
    public List<FindingRow> findings(CurrentUser user, int year, Rule rule) {
        Campaigns.requireOfficer(user);
        OwnPeople own = interests.of(user);
        // the officer checks neither his own nor his relatives' declarations (273-ФЗ ст.10–11)
        List<FindingRow> rows = store.findingRows(year, user.organizationId(), rule).stream()
                .filter(r -> !own.employee(r.employeeId()))
                .toList();
        accessLog.recordEach(
                AccessAction.READ,
                "EMPLOYEE",
                rows.stream()
                        .map(r -> new AccessLog.Subject(r.employeeId(), r.organizationId()))
                        .distinct()
                        .toList(),
                "declaration findings");
        return rows;
    }

    /** Findings of the subtree for a year counted by rule (no personal data). */
    @Transactional(readOnly = true)
    public Map<Rule, Integer> findingsByRule(CurrentUser user, int year) {
        Campaigns.requireViewer(user);
        return store.findingsByRule(year, user.organizationId());
    }

    /** Earlier declarations of the employee (current versions, latest per year) for the checks. */
    /**
     * Computes again the Указ №613 extracts of a campaign's current declarations by the rules in force
     * (the sources of funds of п.2 «г», the 230-ФЗ comparison of the settings), as the campaign is
     * published: extracts saved before a rule changed are not published as they were. The content
     * is opened by the application only, for the extract; no person reads it, so no read is logged.
     */
    void refreshExtracts(long campaignId) {
        for (DeclarationStore.OfCampaign d : store.currentOfCampaign(campaignId)) {
            DeclarationContent content = unseal(d.id(), d.dataKey(), d.content());
            Map<Integer, DeclarationContent> history = history(d.employeeId(), d.year(), d.id());
            store.updateExtract(d.id(), json.writeValueAsString(Extract.of(content, d.year(), history, settings)));
        }
    }

    private Map<Integer, DeclarationContent> history(long employeeId, int year, long except) {
        Map<Integer, DeclarationContent> history = new HashMap<>();
        for (DeclarationStore.Earlier e : store.earlier(employeeId, year - 3, year - 1, except)) {
            history.put(e.year(), unseal(e.id(), e.dataKey(), e.content()));
        }
        return history;
    }

    private DeclarationContent unseal(long id, byte[] wrappedKey, byte[] content) {
        byte[] key = keys.dataKey(id, wrappedKey);
        try {
            return json.readValue(Sealing.open(key, content, "declaration-content:" + id), DeclarationContent.class);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private static boolean lateCorrection(ObligationRow obligation) {
        return obligation.versions() > 0 && !Terms.correctionTaken(obligation.dueOn(), LocalDate.now());
    }

    private static String correctionsUntil(ObligationRow obligation) {
        return RussianFormats.date(Terms.correctionsUntil(obligation.dueOn()));
    }

    /**
     * The declarant himself (his own filing), or an officer / the regional administrator of the
     * subtree — unless the declarant is one of the officer's own people: his relative who is an
     * employee too (273-ФЗ ст.10–11, {@link Interests}), refused with HTTP 403 and logged.
     */
    void requireAccess(CurrentUser user, long employeeId, long organizationId) {
        if (user.employeeId() != null && user.employeeId() == employeeId) {
            return;
        }
        if (user.role().managesRegistry() && organizations.isVisible(user, organizationId)) {
            refuseOwn(user, employeeId);
            return;
        }
        throw new AccessDeniedException("Declarations of employee " + employeeId + " are closed to " + user.username());
    }

    /** Refuses an official's handling of the declarations of himself or his relative (273-ФЗ ст.10–11). */
    void refuseOwn(CurrentUser user, long employeeId) {
        if (interests.of(user).employee(employeeId)) {
            throw Interests.refusal(user, "declarations of employee", employeeId);
        }
    }

    /** The user's own people (see {@link Interests}), left out of the officers' lists. */
    OwnPeople ownPeople(CurrentUser user) {
        return interests.of(user);
    }
}
