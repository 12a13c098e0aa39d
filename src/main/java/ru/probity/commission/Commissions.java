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
import ru.probity.commission.model.Composition;
import ru.probity.org.Organizations;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RussianFormats;

/**
 * Commissions and their composition. A commission belongs to an organization and considers the
 * cases of its subtree that no nearer commission takes. Officers and the regional administrator
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
    private final Organizations organizations;
    private final AccessLog accessLog;

    Commissions(CommissionStore store, CaseStore caseStore, Organizations organizations, AccessLog accessLog) {
        this.store = store;
        this.caseStore = caseStore;
        this.organizations = organizations;
        this.accessLog = accessLog;
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

    /** The nearest active commission at the organization or above it. */
    Optional<Long> commissionFor(long organizationId) {
        return store.nearest(organizationId);
    }

    /** Whether the question is about this member himself: he is the employee concerned. */
    boolean concerns(CommissionCase c, long memberId) {
        return c.employeeId() != null && store.memberIsEmployee(memberId, c.employeeId());
    }

    // ---------------------------------------------------------------- forming

    /** Forms a commission of an organization of the subtree; cases waiting without one come to it. */
    public long create(CurrentUser user, long organizationId, String name, String basis) {
        if (!keeps(user) || !organizations.isVisible(user, organizationId)) {
            throw new AccessDeniedException(user.username() + " may not form a commission of " + organizationId);
        }
        long id = form(organizationId, name, basis, user.username());
        accessLog.record(AccessAction.CREATE, "COMMISSION", id, organizationId, null);
        return id;
    }

    /** The commission formed, waiting cases attached; refused when the organization has one. */
    long form(long organizationId, String name, String basis, String by) {
        if (store.activeAt(organizationId)) {
            throw Refusal.conflict("commission.error.exists");
        }
        long id = store.insert(
                organizationId,
                RussianFormats.blankToNull(name) == null ? DEFAULT_NAME : name.strip(),
                RussianFormats.blankToNull(basis),
                by);
        caseStore.attachWaiting(id, organizationId);
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
    }
}
