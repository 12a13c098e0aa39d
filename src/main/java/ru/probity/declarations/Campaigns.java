package ru.probity.declarations;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.declarations.checks.FilingRegime;
import ru.probity.declarations.checks.Terms;
import ru.probity.org.Employee;
import ru.probity.org.Organizations;
import ru.probity.org.People;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RussianFormats;
import ru.probity.portal.PublicationLog;

/**
 * Annual campaigns and event-based obligations to file declarations, and the progress of filing
 * by organization. An officer (or the regional administrator) opens a campaign for his subtree;
 * it obliges every active employee marked as holding a post on the declaration list
 * ({@code employee.declaration_required}) who has no annual obligation for that year yet.
 */
@Service
@Transactional
public class Campaigns {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Campaigns.class);

    private final CampaignStore store;
    private final ObligationStore obligations;
    private final Organizations organizations;
    private final People people;
    private final AccessLog accessLog;

    /** The author of the obligations the module creates from the registry's events. */
    static final String AUTOMATIC = "probity";

    private final Declarations declarations;
    private final FilingRegimeSettings regime;
    private final DeclarationTexts texts;
    private final PublicationSwitch publication;
    private final Publication published;
    private final PublicationLog publicationLog;

    Campaigns(
            CampaignStore store,
            ObligationStore obligations,
            Organizations organizations,
            People people,
            AccessLog accessLog,
            Declarations declarations,
            FilingRegimeSettings regime,
            DeclarationTexts texts,
            PublicationSwitch publication,
            Publication published,
            PublicationLog publicationLog) {
        this.publication = publication;
        this.published = published;
        this.publicationLog = publicationLog;
        this.declarations = declarations;
        this.regime = regime;
        this.texts = texts;
        this.store = store;
        this.obligations = obligations;
        this.organizations = organizations;
        this.people = people;
        this.accessLog = accessLog;
    }

    public record Campaign(
            long id,
            long organizationId,
            String organization,
            int year,
            LocalDate deadline,
            Instant openedAt,
            String openedBy,
            Instant publishedAt,
            int expected,
            int filed) {}

    /** Filing by organization: counts of obligations in each status. */
    public record Progress(
            long organizationId,
            String organization,
            int expected,
            int received,
            int late,
            int corrected,
            int overdue,
            int waiting) {

        public int filed() {
            return received + late + corrected;
        }
    }

    /** Opens the campaign of the user's subtree for a reporting year; returns its id. */
    public long open(CurrentUser user, int year) {
        requireOfficer(user);
        requireReportingYear(year);
        if (store.exists(user.organizationId(), year)) {
            throw Refusal.conflict("declarations.error.campaignExists", String.valueOf(year));
        }
        LocalDate deadline = Terms.annualDeadline(year);
        long id = store.insert(user.organizationId(), year, deadline, user.username());
        obligations.insertAnnual(id, user.organizationId(), year, deadline, user.username());
        return id;
    }

    /**
     * An obligation on an event (entry, appointment, transfer, reserve, 230-ФЗ deal) for one employee.
     * The term of a deal is by default the law's: 30 April of the year after the deals' year (DOMAIN.md,
     * the regime of 2026) — the officer may type another, e.g. to enter an old paper filing; the
     * others' term is the officer's.
     */
    public long oblige(CurrentUser user, long employeeId, ObligationKind kind, int year, LocalDate dueOn, String note) {
        requireOfficer(user);
        if (kind == null || kind == ObligationKind.ANNUAL) {
            throw Refusal.invalid("declarations.error.kind");
        }
        if (kind == ObligationKind.DEAL && dueOn == null) {
            dueOn = Terms.annualDeadline(year);
        }
        if (dueOn == null) {
            throw Refusal.invalid("declarations.error.dueOn");
        }
        requireReportingYear(year);
        Employee employee = people.get(user, employeeId);
        if (!employee.active() && !employee.candidate()) {
            throw Refusal.conflict("declarations.error.inactive");
        }
        return obligations.insertEvent(
                employeeId,
                employee.organizationId(),
                kind,
                year,
                dueOn,
                employee.post(),
                RussianFormats.blankToNull(note),
                user.username());
    }

    /**
     * The employee starts a filing for his own deals himself («Мои справки»): a deal (land, other
     * real estate, a vehicle, securities, shares, digital assets) that with the year's others exceeds
     * the income of the three years before obliges him, under the event regime, to file by 30 April
     * of the next year (230-ФЗ ст.3, DOMAIN.md). A category that still files annually declares the
     * deal in §2 of the annual declaration instead, and is told so.
     */
    public long startDealFiling(CurrentUser user, LocalDate dealDate, BigDecimal amount) {
        if (user.employeeId() == null) {
            throw new AccessDeniedException("User " + user.username() + " has no employee record");
        }
        if (dealDate == null || dealDate.isAfter(LocalDate.now()) || dealDate.getYear() < Terms.FIRST_YEAR) {
            throw Refusal.invalid("declarations.error.dealDate");
        }
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
            throw Refusal.invalid("declarations.error.dealAmount");
        }
        ObligationStore.Declarant declarant =
                obligations.declarant(user.employeeId()).orElseThrow(() -> new NotFound("employee", user.employeeId()));
        if (!declarant.active()) {
            throw Refusal.conflict("declarations.error.inactive");
        }
        if (!regime.regime().obligingEvents(declarant.category(), dealDate).contains(FilingRegime.Trigger.DEAL)) {
            throw Refusal.conflict("declarations.error.dealAnnual", String.valueOf(dealDate.getYear()));
        }
        int year = dealDate.getYear();
        return obligations.insertEvent(
                user.employeeId(),
                declarant.organizationId(),
                ObligationKind.DEAL,
                year,
                FilingRegime.dealDeadline(dealDate),
                declarant.post(),
                texts.text(
                        "declarations.deal.note",
                        RussianFormats.date(dealDate),
                        amount.setScale(2).toPlainString()),
                user.username());
    }

    /**
     * An obligation the module creates on an event of the people registry (entry, appointment to a
     * listed post, transfer): for an active employee on the declaration list whose category the
     * regime obliges on that event, for the year before the event, due {@code eventTermDays} after
     * it; none when that term has already passed (a card entered long after the appointment).
     */
    void obligeOnEvent(long employeeId, FilingRegime.Trigger trigger, LocalDate on) {
        LocalDate dueOn = on.plusDays(regime.eventTermDays());
        if (dueOn.isBefore(LocalDate.now())) {
            return;
        }
        ObligationKind kind = ObligationKind.valueOf(trigger.name());
        // a candidate's filing is his entry's: his appointment obliges no second one
        if (trigger == FilingRegime.Trigger.ENTRY && obligations.hasEvent(employeeId, kind, on.getYear() - 1)) {
            return;
        }
        obligations.declarant(employeeId).ifPresent(d -> {
            if ((d.active() || d.candidate())
                    && d.onList()
                    && regime.regime().obligingEvents(d.category(), on).contains(trigger)) {
                obligations.insertEvent(
                        employeeId, d.organizationId(), kind, on.getYear() - 1, dueOn, d.post(), null, AUTOMATIC);
            }
        });
    }

    /**
     * A candidate not appointed: what he was obliged to file and has not filed is no longer
     * expected; what he filed stays, sealed, with its obligation.
     */
    void candidateNotAppointed(long employeeId) {
        int dropped = obligations.dropUnfiled(employeeId);
        if (dropped > 0) {
            log.info("Dropped {} unfiled obligations of candidate {} not appointed", dropped, employeeId);
        }
    }

    @Transactional(readOnly = true)
    public List<Campaign> campaigns(CurrentUser user) {
        requireViewer(user);
        return store.list(user.organizationId());
    }

    @Transactional(readOnly = true)
    public Campaign campaign(CurrentUser user, long id) {
        requireViewer(user);
        Campaign campaign = store.find(id).orElseThrow(() -> new NotFound("declaration campaign", id));
        if (!organizations.isVisible(user, campaign.organizationId())) {
            throw new AccessDeniedException("Campaign " + id + " is outside the subtree of " + user.username());
        }
        return campaign;
    }

    /** The obligations of a campaign with their status; the names read are logged. */
    @Transactional
    public List<ObligationRow> obligations(CurrentUser user, long campaignId) {
        requireOfficer(user);
        campaign(user, campaignId);
        List<ObligationRow> rows = withoutOwn(user, obligations.ofCampaign(campaignId, user.organizationId()));
        logNames(rows);
        return rows;
    }

    /** Event-based obligations of the user's subtree, newest first. */
    @Transactional
    public List<ObligationRow> eventObligations(CurrentUser user) {
        requireOfficer(user);
        // his own and his relatives' obligations are not in his list (273-ФЗ ст.10–11)
        List<ObligationRow> rows = obligations.ofEvents(user.organizationId(), declarations.ownPeople(user));
        logNames(rows);
        return rows;
    }

    /**
     * The officer's lists leave out his own and his relatives' obligations (273-ФЗ ст.10–11, {@link
     * Declarations#ownPeople}); his own stay in «Мои декларации».
     */
    private List<ObligationRow> withoutOwn(CurrentUser user, List<ObligationRow> rows) {
        var own = declarations.ownPeople(user);
        return own.isEmpty()
                ? rows
                : rows.stream().filter(r -> !own.employee(r.employeeId())).toList();
    }

    /** The signed-in employee's own obligations. */
    @Transactional(readOnly = true)
    public List<ObligationRow> mine(CurrentUser user) {
        if (user.employeeId() == null) {
            return List.of();
        }
        return obligations.ofEmployee(user.employeeId());
    }

    /** The employee's obligation of a campaign the officer sees (the demo files its history through it). */
    @Transactional(readOnly = true)
    public long obligationOf(CurrentUser user, long campaignId, long employeeId) {
        requireOfficer(user);
        campaign(user, campaignId);
        return obligations
                .idOf(campaignId, employeeId)
                .orElseThrow(() -> new NotFound("declaration obligation of employee " + employeeId, campaignId));
    }

    /**
     * Publishes the campaign's declarations (Указ №613), or publishes them again; their extracts are
     * computed anew by the rules in force. Refused while publication is suspended (Указ №968 of
     * 29.12.2022, {@link PublicationSwitch}).
     */
    public void publish(CurrentUser user, long campaignId) {
        requireOfficer(user);
        Campaign campaign = campaign(user, campaignId);
        publication.requireEnabled();
        declarations.refreshExtracts(campaignId);
        store.publish(campaignId, user.username());
        var action = campaign.publishedAt() == null ? PublicationLog.Action.PUBLISHED : PublicationLog.Action.UPDATED;
        for (var p : published.ofCampaign(campaignId)) {
            publicationLog.record(
                    p.organizationId(),
                    IncomeSection.ID,
                    IncomeSection.yearPath(p.organizationId(), p.year()),
                    texts.text("declarations.portal.heading", p.year()),
                    action,
                    user.username());
        }
    }

    /** Filing by organization of the user's subtree for a reporting year (all kinds of obligations). */
    @Transactional(readOnly = true)
    public List<Progress> progress(CurrentUser user, int year) {
        return progress(user, null, year);
    }

    /**
     * Filing by organization of the subtree of {@code organizationId} (the user's own when null;
     * another than his subtree is refused) for a reporting year.
     */
    @Transactional(readOnly = true)
    public List<Progress> progress(CurrentUser user, Long organizationId, int year) {
        requireViewer(user);
        long scope = organizationId == null
                ? user.organizationId()
                : organizations.get(user, organizationId).id();
        return obligations.progress(year, scope);
    }

    private void logNames(List<ObligationRow> rows) {
        accessLog.recordEach(
                AccessAction.READ,
                "EMPLOYEE",
                rows.stream()
                        .map(r -> new AccessLog.Subject(r.employeeId(), r.organizationId()))
                        .toList(),
                "declaration obligations");
    }

    private static void requireReportingYear(int year) {
        LocalDate today = LocalDate.now();
        if (!Terms.reportingYear(year, today)) {
            throw Refusal.invalid(
                    "declarations.error.year", String.valueOf(Terms.FIRST_YEAR), String.valueOf(today.getYear()));
        }
    }

    static void requireOfficer(CurrentUser user) {
        if (!user.role().managesRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " does not run declaration campaigns");
        }
    }

    /** Progress and reports: officers, heads, commission members and auditors of the subtree. */
    static void requireViewer(CurrentUser user) {
        if (!user.role().readsRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " does not see declaration campaigns");
        }
    }
}
