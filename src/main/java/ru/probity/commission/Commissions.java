package ru.probity.commission;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.commission.model.Competence;
import ru.probity.commission.model.Composition;
import ru.probity.org.EmployeeCategory;
import ru.probity.org.OrganizationKind;
import ru.probity.org.Organizations;
import ru.probity.platform.Messages;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RussianFormats;
import ru.probity.portal.PublicationLog;

/**
 * Commissions and their composition. A commission belongs to an organization, an employer body, and
 * considers the cases of that body's people (and of the institutions it founded) — never those of a
 * body below it — unless a recorded act hands another body's cases to it ({@link TransferAct}); the
 * region's commission for persons holding municipal posts takes theirs (273-ФЗ ст.12.1). A case
 * without a competent commission waits, and is routed when one is formed or an act recorded. Officers and the regional administrator
 * of the subtree form it; heads, auditors and commission members of the subtree read it; a member
 * whose account is linked reads his commission wherever he sits, and the linked secretary keeps
 * its meetings.
 */
@Service
@Transactional
public class Commissions {

    static final String DEFAULT_NAME =
            "Комиссия по соблюдению требований к служебному поведению муниципальных служащих и урегулированию"
                    + " конфликта интересов";

    private static final Set<Role> READERS = Set.of(
            Role.REGIONAL_ADMIN,
            Role.ANTICORRUPTION_OFFICER,
            Role.ORGANIZATION_HEAD,
            Role.AUDITOR,
            Role.COMMISSION_MEMBER);

    private final CommissionStore store;
    private final CaseStore caseStore;
    private final TransferActStore acts;
    private final Organizations organizations;
    private final AccessLog accessLog;
    private final Messages messages;
    private final CommissionSection publicSection;

    Commissions(
            CommissionStore store,
            CaseStore caseStore,
            TransferActStore acts,
            Organizations organizations,
            AccessLog accessLog,
            Messages messages,
            CommissionSection publicSection) {
        this.publicSection = publicSection;
        this.store = store;
        this.caseStore = caseStore;
        this.acts = acts;
        this.organizations = organizations;
        this.accessLog = accessLog;
        this.messages = messages;
    }

    // ---------------------------------------------------------------- who may do what

    /** Forms commissions and keeps their meetings in his subtree. */
    public static boolean keeps(CurrentUser user) {
        return user.role().managesRegistry();
    }

    /** Whether the user enters the commission's pages at all (a member sees only his commissions there). */
    public static boolean readsAll(CurrentUser user) {
        return READERS.contains(user.role());
    }

    /**
     * Whether the user reads every commission of his subtree: officers, heads, auditors, the
     * administrator. A commission member reads only the commissions he sits on (access by purpose).
     */
    public static boolean readsSubtree(CurrentUser user) {
        return readsAll(user) && user.role() != Role.COMMISSION_MEMBER;
    }

    private boolean inSubtree(CurrentUser user, Commission c) {
        return organizations.isVisible(user, c.organizationId());
    }

    public boolean mayRead(CurrentUser user, Commission c) {
        return (readsSubtree(user) && inSubtree(user, c)) || store.memberInOffice(c.id(), user.userId(), false);
    }

    /** Officers of the subtree and the linked secretary keep the meetings. */
    public boolean keepsMeetings(CurrentUser user, Commission c) {
        return (keeps(user) && inSubtree(user, c)) || store.memberInOffice(c.id(), user.userId(), true);
    }

    /** Whether the user forms (changes the composition of) the commission: an officer of its subtree. */
    public boolean forms(CurrentUser user, Commission c) {
        return keeps(user) && inSubtree(user, c);
    }

    void requireMeetingKeeper(CurrentUser user, Commission c) {
        if (!keepsMeetings(user, c)) {
            throw new AccessDeniedException(user.username() + " does not keep the meetings of commission " + c.id());
        }
    }

    private void requireComposer(CurrentUser user, Commission c) {
        if (!forms(user, c)) {
            throw new AccessDeniedException(user.username() + " does not form commission " + c.id());
        }
    }

    // ---------------------------------------------------------------- reading

    Commission load(long id) {
        return store.find(id).orElseThrow(() -> new NotFound("commission", id));
    }

    public Commission get(CurrentUser user, long id) {
        Commission c = load(id);
        if (!mayRead(user, c)) {
            throw new AccessDeniedException("Commission " + id + " is not for " + user.username());
        }
        return c;
    }

    /** The commissions the user sees: of his subtree, and those he is a member of. */
    @Transactional(readOnly = true)
    public List<Commission> visible(CurrentUser user) {
        return store.visible(CommissionStore.Reader.of(user));
    }

    /** All members with past terms too, chair first; reading the composition is logged. */
    public List<Member> members(CurrentUser user, long commissionId) {
        Commission c = get(user, commissionId);
        List<Member> members = members(commissionId);
        accessLog.record(AccessAction.READ, "COMMISSION", commissionId, c.organizationId(), "composition");
        return members;
    }

    List<Member> members(long commissionId) {
        LocalDate today = LocalDate.now();
        return store.members(commissionId).stream()
                .sorted(Comparator.comparing(
                                (Member m) -> m.termTo() != null && m.termTo().isBefore(today))
                        .thenComparing(m -> m.role().rank())
                        .thenComparing(Member::fullName))
                .toList();
    }

    /** The members whose term covers the day, chair first. */
    List<Member> activeOn(long commissionId, LocalDate day) {
        return members(commissionId).stream().filter(m -> m.activeOn(day)).toList();
    }

    /** The composition on a day and what Указ №821 asks of it. */
    public Composition composition(long commissionId, LocalDate day) {
        List<Member> active = activeOn(commissionId, day);
        return Composition.of(
                active.size(),
                (int) active.stream().filter(m -> m.role().independent()).count(),
                active.stream().anyMatch(m -> m.role() == MemberRole.CHAIR),
                active.stream().anyMatch(m -> m.role() == MemberRole.SECRETARY));
    }

    /**
     * Where a case goes: the commission with competence and the act it was routed by, if any; both
     * null while it waits.
     */
    record Route(Long commissionId, Long transferActId) {

        static final Route WAITING = new Route(null, null);
    }

    /**
     * The commission with competence over a case of the organization about the employee (null when
     * the case names nobody), on the day: for a person holding a municipal post the region's commission
     * for municipal posts (273-ФЗ ст.12.1); otherwise an act in force handing the employer body's cases
     * over, else the employer body's own commission; never one above it ({@link Competence}).
     */
    Route route(long organizationId, Long employeeId, LocalDate day) {
        if (employeeId != null
                && Competence.municipalPost(store.category(employeeId)
                        .flatMap(EmployeeCategory::parse)
                        .orElse(null))) {
            return new Route(store.municipalPostsCommission(organizationId).orElse(null), null);
        }
        Long body = store.employerBody(organizationId).orElse(null);
        if (body == null) {
            return Route.WAITING;
        }
        Optional<TransferActStore.Valid> act = acts.valid(body, day);
        if (act.isPresent()) {
            return new Route(act.get().commissionId(), act.get().actId());
        }
        return new Route(store.activeAt(body, CommissionKind.CONDUCT).orElse(null), null);
    }

    /**
     * Routes the waiting cases of the organization's subtree (of the whole tree when null) that now
     * have a competent commission; how many went.
     */
    int routeWaiting(Long organizationId) {
        LocalDate today = LocalDate.now();
        int routed = 0;
        for (CaseStore.Waiting w : caseStore.waiting(organizationId)) {
            Route route = route(w.organizationId(), w.employeeId(), today);
            if (route.commissionId() != null
                    && caseStore.assign(w.caseId(), route.commissionId(), route.transferActId())) {
                routed++;
            }
        }
        return routed;
    }

    /** Whether the question is about this member himself: he is the employee concerned. */
    boolean concerns(CommissionCase c, long memberId) {
        return c.employeeId() != null && store.memberIsEmployee(memberId, c.employeeId());
    }

    // ---------------------------------------------------------------- forming

    /** Forms a conduct commission of an organization of the subtree; cases waiting for it come to it. */
    public long create(CurrentUser user, long organizationId, String name, String basis) {
        return create(user, organizationId, CommissionKind.CONDUCT, name, basis);
    }

    /** Forms a commission of the kind at an organization of the subtree; cases waiting for it come to it. */
    public long create(CurrentUser user, long organizationId, CommissionKind kind, String name, String basis) {
        if (!keeps(user) || !organizations.isVisible(user, organizationId)) {
            throw new AccessDeniedException(user.username() + " may not form a commission of " + organizationId);
        }
        long id = form(organizationId, kind, name, basis, user.username());
        accessLog.record(AccessAction.CREATE, "COMMISSION", id, organizationId, null);
        publicSection.changed(organizationId, PublicationLog.Action.PUBLISHED, user.username());
        return id;
    }

    long form(long organizationId, String name, String basis, String by) {
        return form(organizationId, CommissionKind.CONDUCT, name, basis, by);
    }

    /**
     * The commission formed, waiting cases routed to it; refused when the organization has one of the
     * kind, when a conduct commission is formed where no body is (an institution: its founder's
     * commission hears its people), or a commission for municipal posts below the region's level.
     */
    long form(long organizationId, CommissionKind kind, String name, String basis, String by) {
        CommissionKind k = kind == null ? CommissionKind.CONDUCT : kind;
        OrganizationKind at =
                store.organizationKind(organizationId).orElseThrow(() -> new NotFound("organization", organizationId));
        if (k == CommissionKind.MUNICIPAL_POSTS && !Competence.regional(at)) {
            throw Refusal.conflict("commission.error.municipalPostsLevel");
        }
        if (k == CommissionKind.CONDUCT && !Competence.stopsAt(at)) {
            throw Refusal.conflict("commission.error.notBody");
        }
        if (store.activeAt(organizationId, k).isPresent()) {
            throw Refusal.conflict("commission.error.exists");
        }
        long id = store.insert(
                organizationId,
                k,
                RussianFormats.blankToNull(name) == null
                        ? (k == CommissionKind.CONDUCT
                                ? DEFAULT_NAME
                                : messages.text("commission.defaultName.MUNICIPAL_POSTS"))
                        : name.strip(),
                RussianFormats.blankToNull(basis),
                by);
        routeWaiting(k == CommissionKind.CONDUCT ? organizationId : null);
        return id;
    }

    // ---------------------------------------------------------------- transfer acts

    /** The form of a transfer act (the page's fields by these names; dates as ISO days). */
    public record TransferForm(
            String number,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate actDate,
            String title,
            Long fromOrganizationId,
            Long toCommissionId,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo) {}

    /** Whether the user records transfer acts at all: an officer or the regional administrator. */
    public static boolean recordsTransfers(CurrentUser user) {
        return keeps(user);
    }

    /** The acts the user sees: those of his subtree's bodies and commissions, the newest first. */
    @Transactional(readOnly = true)
    public List<TransferAct> transferActs(CurrentUser user) {
        if (!readsSubtree(user)) {
            throw new AccessDeniedException("Role " + user.role() + " does not read transfer acts");
        }
        return acts.visible(user.organizationId());
    }

    /**
     * Records an act handing a body's cases to another body's commission; only an officer (or the
     * regional administrator) whose subtree holds both the body and the commission. The waiting cases
     * of the body go to the commission at once when the act is in force.
     */
    public long recordTransfer(CurrentUser user, TransferForm form) {
        if (!keeps(user)) {
            throw new AccessDeniedException(user.username() + " may not record transfer acts");
        }
        java.util.Map<String, String> missing = new java.util.LinkedHashMap<>();
        if (form.fromOrganizationId() == null) {
            missing.put("fromOrganizationId", "commission.transfer.error.from");
        }
        if (form.toCommissionId() == null) {
            missing.put("toCommissionId", "commission.transfer.error.to");
        }
        if (!missing.isEmpty()) {
            throw Refusal.invalidFields(missing);
        }
        if (!organizations.isVisible(user, form.fromOrganizationId())) {
            throw new AccessDeniedException(
                    user.username() + " may not hand over the cases of " + form.fromOrganizationId());
        }
        Commission to = load(form.toCommissionId());
        if (!inSubtree(user, to)) {
            throw new AccessDeniedException(user.username() + " may not hand cases to commission " + to.id());
        }
        long id = transfer(form, user.username());
        accessLog.record(AccessAction.CREATE, "COMMISSION", to.id(), form.fromOrganizationId(), "transfer act " + id);
        return id;
    }

    /**
     * Ends a transfer act on the day it ceases to be in force (repealed, or its term set): new cases of
     * the body no longer go to that commission after the day — they go to the body's own commission or
     * wait (Указ №821 п.3 read with the municipal act); cases already routed by it stay where they are.
     * Only an officer (or the regional administrator) whose subtree holds both sides, as for recording.
     */
    public void endTransfer(CurrentUser user, long actId, LocalDate validTo) {
        if (!keeps(user)) {
            throw new AccessDeniedException(user.username() + " may not end transfer acts");
        }
        TransferAct act = acts.find(actId).orElseThrow(() -> new NotFound("transfer act", actId));
        if (!organizations.isVisible(user, act.fromOrganizationId()) || !inSubtree(user, load(act.toCommissionId()))) {
            throw new AccessDeniedException(user.username() + " may not end transfer act " + actId);
        }
        if (validTo == null) {
            throw Refusal.invalidFields(java.util.Map.of("validTo", "commission.transfer.error.endDate"));
        }
        if (validTo.isBefore(act.validFrom())) {
            throw Refusal.invalidFields(java.util.Map.of("validTo", "commission.transfer.error.validity"));
        }
        if (act.validTo() != null && !validTo.isBefore(act.validTo())) {
            throw Refusal.conflict("commission.transfer.error.alreadyEnds");
        }
        acts.end(actId, validTo, user.username());
        accessLog.record(
                AccessAction.UPDATE,
                "COMMISSION",
                act.toCommissionId(),
                act.fromOrganizationId(),
                "transfer act " + actId + " ends " + validTo);
    }

    /** The act recorded after its checks (on behalf of whoever is named: the demo's past too). */
    long transfer(TransferForm form, String by) {
        java.util.Map<String, String> wrong = new java.util.LinkedHashMap<>();
        if (RussianFormats.blankToNull(form.number()) == null) {
            wrong.put("number", "commission.transfer.error.number");
        }
        if (form.actDate() == null) {
            wrong.put("actDate", "commission.transfer.error.actDate");
        }
        if (RussianFormats.blankToNull(form.title()) == null) {
            wrong.put("title", "commission.transfer.error.title");
        }
        LocalDate from = form.validFrom() == null ? form.actDate() : form.validFrom();
        if (from != null && form.validTo() != null && form.validTo().isBefore(from)) {
            wrong.put("validTo", "commission.transfer.error.validity");
        }
        if (!wrong.isEmpty()) {
            throw Refusal.invalidFields(wrong);
        }
        Commission to = load(form.toCommissionId());
        if (to.forMunicipalPosts()) {
            throw Refusal.conflict("commission.transfer.error.kind");
        }
        long body = form.fromOrganizationId();
        if (!Competence.stopsAt(store.organizationKind(body).orElseThrow(() -> new NotFound("organization", body)))) {
            throw Refusal.conflict("commission.transfer.error.notBody");
        }
        if (to.organizationId() == body) {
            throw Refusal.conflict("commission.transfer.error.same");
        }
        long id = acts.insert(
                new TransferActStore.NewAct(
                        form.number().strip(),
                        form.actDate(),
                        form.title().strip(),
                        body,
                        to.id(),
                        from,
                        form.validTo()),
                by);
        routeWaiting(body);
        return id;
    }

    /** A new member of the composition (the form's fields by these names; dates as ISO days). */
    public record MemberForm(
            String fullName,
            String position,
            MemberRole role,
            String email,
            String username,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termFrom,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termTo) {}

    public long addMember(CurrentUser user, long commissionId, MemberForm form) {
        Commission c = load(commissionId);
        requireComposer(user, c);
        long id = addMember(commissionId, form, null, true, user.username());
        accessLog.record(AccessAction.UPDATE, "COMMISSION", commissionId, c.organizationId(), "member added");
        publicSection.changed(c.organizationId(), PublicationLog.Action.UPDATED, user.username());
        return id;
    }

    /**
     * Records a member. His employee record is the linked account's (when {@code employeeOfAccount}),
     * or the one given.
     */
    long addMember(long commissionId, MemberForm form, Long employeeId, boolean employeeOfAccount, String by) {
        if (RussianFormats.blankToNull(form.fullName()) == null) {
            throw Refusal.conflict("commission.error.memberName");
        }
        if (form.role() == null) {
            throw Refusal.conflict("commission.error.memberRole");
        }
        LocalDate from = form.termFrom() == null ? LocalDate.now() : form.termFrom();
        if (form.termTo() != null && form.termTo().isBefore(from)) {
            throw Refusal.conflict("commission.error.term");
        }
        Long userId = null;
        Long employee = employeeOfAccount ? null : employeeId;
        if (RussianFormats.blankToNull(form.username()) != null) {
            CommissionStore.Account account = store.account(form.username().strip())
                    .orElseThrow(() -> Refusal.conflict("commission.error.account"));
            userId = account.userId();
            if (employeeOfAccount) {
                employee = account.employeeId();
            }
        }
        return store.insertMember(
                new CommissionStore.NewMember(
                        commissionId,
                        form.fullName().strip(),
                        RussianFormats.blankToNull(form.position()),
                        form.role(),
                        employee,
                        userId,
                        RussianFormats.blankToNull(form.email()),
                        from,
                        form.termTo()),
                by);
    }

    /** Ends a member's term of office on a day (he stays in the minutes of past meetings). */
    public void endTerm(CurrentUser user, long memberId, LocalDate on) {
        long commissionId = store.commissionOfMember(memberId).orElseThrow(() -> new NotFound("member", memberId));
        Commission c = load(commissionId);
        requireComposer(user, c);
        LocalDate day = on == null ? LocalDate.now() : on;
        if (!store.endTerm(memberId, day)) {
            throw Refusal.conflict("commission.error.term");
        }
        accessLog.record(AccessAction.UPDATE, "COMMISSION", commissionId, c.organizationId(), "term ended");
        publicSection.changed(c.organizationId(), PublicationLog.Action.UPDATED, user.username());
    }
}
