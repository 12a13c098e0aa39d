package ru.probity.commission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.org.Organizations;

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

    private static final String COMMISSION = """
            select c.*, o.name as organization_name, o.path as organization_path
            from commission c join organization o on o.id = c.organization_id
            """;

    private static final String MEMBER = """
            select m.*, u.username from commission_member m left join app_user u on u.id = m.user_id
            """;

    /** The ids of the commissions the user sees, for {@code :reads}, {@code :scope} and {@code :me}. */
    static final String VISIBLE_IDS = """
            select vc.id from commission vc join organization vo on vo.id = vc.organization_id
            where (:reads and vo.path like :scope || '%')
               or exists (select 1 from commission_member vm where vm.commission_id = vc.id and vm.user_id = :me
                          and vm.term_from <= current_date and (vm.term_to is null or vm.term_to >= current_date))
            """;

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final AccessLog accessLog;

    Commissions(JdbcClient jdbc, Organizations organizations, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.accessLog = accessLog;
    }

    static Commission commission(ResultSet rs, int n) throws SQLException {
        return new Commission(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                rs.getString("organization_name"),
                rs.getString("organization_path"),
                rs.getString("name"),
                rs.getString("basis"));
    }

    static Member member(ResultSet rs, int n) throws SQLException {
        return new Member(
                rs.getLong("id"),
                rs.getLong("commission_id"),
                rs.getString("full_name"),
                rs.getString("position"),
                MemberRole.valueOf(rs.getString("role")),
                (Long) rs.getObject("employee_id"),
                (Long) rs.getObject("user_id"),
                rs.getString("username"),
                rs.getString("email"),
                rs.getDate("term_from").toLocalDate(),
                rs.getDate("term_to") == null ? null : rs.getDate("term_to").toLocalDate());
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
        return c.organizationPath().startsWith(organizations.scopePath(user));
    }

    private boolean linkedMember(CurrentUser user, long commissionId) {
        return jdbc.sql("select exists (select 1 from commission_member where commission_id = ? and user_id = ?"
                        + " and term_from <= current_date and (term_to is null or term_to >= current_date))")
                .params(commissionId, user.userId())
                .query(Boolean.class)
                .single();
    }

    public boolean mayRead(CurrentUser user, Commission c) {
        return (readsSubtree(user) && inSubtree(user, c)) || linkedMember(user, c.id());
    }

    /** Officers of the subtree and the linked secretary keep the meetings. */
    public boolean keepsMeetings(CurrentUser user, Commission c) {
        if (keeps(user) && inSubtree(user, c)) {
            return true;
        }
        return jdbc.sql("select exists (select 1 from commission_member where commission_id = ? and user_id = ?"
                        + " and role = 'SECRETARY' and term_from <= current_date"
                        + " and (term_to is null or term_to >= current_date))")
                .params(c.id(), user.userId())
                .query(Boolean.class)
                .single();
    }

    void requireMeetingKeeper(CurrentUser user, Commission c) {
        if (!keepsMeetings(user, c)) {
            throw new AccessDeniedException(user.username() + " does not keep the meetings of commission " + c.id());
        }
    }

    private void requireComposer(CurrentUser user, Commission c) {
        if (!keeps(user) || !inSubtree(user, c)) {
            throw new AccessDeniedException(user.username() + " does not form commission " + c.id());
        }
    }

    // ---------------------------------------------------------------- reading

    Commission load(long id) {
        return jdbc.sql(COMMISSION + " where c.id = ?")
                .param(id)
                .query(Commissions::commission)
                .optional()
                .orElseThrow(() -> new CommissionNotFound("commission", id));
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
        return jdbc.sql(COMMISSION + """
                where c.active and ((:reads and o.path like :scope || '%')
                   or exists (select 1 from commission_member m where m.commission_id = c.id and m.user_id = :me
                              and m.term_from <= current_date and (m.term_to is null or m.term_to >= current_date)))
                order by o.path""")
                .param("reads", readsSubtree(user))
                .param("scope", organizations.scopePath(user))
                .param("me", user.userId())
                .query(Commissions::commission)
                .list();
    }

    /** All members with past terms too, chair first; reading the composition is logged. */
    public List<Member> members(CurrentUser user, long commissionId) {
        Commission c = get(user, commissionId);
        List<Member> members = members(commissionId);
        accessLog.record(AccessAction.READ, "COMMISSION", commissionId, c.organizationId(), "composition");
        return members;
    }

    List<Member> members(long commissionId) {
        return jdbc
                .sql(MEMBER + " where m.commission_id = ? order by m.term_to nulls first, m.id")
                .param(commissionId)
                .query(Commissions::member)
                .list()
                .stream()
                .sorted(Comparator.comparing(
                                (Member m) -> m.termTo() != null && m.termTo().isBefore(LocalDate.now()))
                        .thenComparing(m -> m.role().rank())
                        .thenComparing(Member::fullName))
                .toList();
    }

    /** The members whose term covers the day, chair first. */
    List<Member> activeOn(long commissionId, LocalDate day) {
        return members(commissionId).stream().filter(m -> m.activeOn(day)).toList();
    }

    /** The composition on a day and what Указ №821 asks of it. */
    public record Composition(
            int total, int independent, boolean chair, boolean secretary, boolean independentShare, int quorum) {

        /** Problems to show: message keys. */
        public List<String> warnings() {
            List<String> warnings = new ArrayList<>();
            if (!chair) {
                warnings.add("commission.warning.noChair");
            }
            if (!secretary) {
                warnings.add("commission.warning.noSecretary");
            }
            if (!independentShare) {
                warnings.add("commission.warning.independentShare");
            }
            return warnings;
        }
    }

    /** At least two thirds of the members make a quorum (Указ №821 п.19). */
    static int quorumOf(int total) {
        return (2 * total + 2) / 3;
    }

    public Composition composition(long commissionId, LocalDate day) {
        List<Member> active = activeOn(commissionId, day);
        int independent =
                (int) active.stream().filter(m -> m.role().independent()).count();
        return new Composition(
                active.size(),
                independent,
                active.stream().anyMatch(m -> m.role() == MemberRole.CHAIR),
                active.stream().anyMatch(m -> m.role() == MemberRole.SECRETARY),
                // Указ №821 п.8: not less than a quarter of the members are not employees of the body
                !active.isEmpty() && independent * 4 >= active.size(),
                quorumOf(active.size()));
    }

    /** The nearest active commission at the organization or above it. */
    Optional<Long> commissionFor(long organizationId) {
        return jdbc.sql("""
                select c.id from commission c join organization o on o.id = c.organization_id
                where c.active and (select path from organization where id = ?) like o.path || '%'
                order by length(o.path) desc limit 1""").param(organizationId).query(Long.class).optional();
    }

    // ---------------------------------------------------------------- forming

    /** Forms a commission of an organization of the subtree; cases waiting without one come to it. */
    public long create(CurrentUser user, long organizationId, String name, String basis) {
        if (!keeps(user) || !organizations.isVisible(user, organizationId)) {
            throw new AccessDeniedException(user.username() + " may not form a commission of " + organizationId);
        }
        if (jdbc.sql("select exists (select 1 from commission where organization_id = ? and active)")
                .param(organizationId)
                .query(Boolean.class)
                .single()) {
            throw new CommissionRefused("commission.error.exists");
        }
        long id = jdbc.sql("""
                insert into commission (organization_id, name, basis, created_by, updated_by)
                values (?, ?, ?, ?, ?) returning id""")
                .params(
                        organizationId,
                        blank(name) ? DEFAULT_NAME : name.strip(),
                        clean(basis),
                        user.username(),
                        user.username())
                .query(Long.class)
                .single();
        jdbc.sql("""
                update commission_case set commission_id = ? where commission_id is null and status = 'PENDING'
                  and organization_id in (select id from organization where path like
                    (select path from organization where id = ?) || '%')""").params(id, organizationId).update();
        accessLog.record(AccessAction.CREATE, "COMMISSION", id, organizationId, null);
        return id;
    }

    /** A new member of the composition. */
    public record MemberForm(
            String fullName,
            String position,
            MemberRole role,
            String email,
            String username,
            LocalDate termFrom,
            LocalDate termTo) {}

    public long addMember(CurrentUser user, long commissionId, MemberForm form) {
        Commission c = load(commissionId);
        requireComposer(user, c);
        if (blank(form.fullName())) {
            throw new CommissionRefused("commission.error.memberName");
        }
        if (form.role() == null) {
            throw new CommissionRefused("commission.error.memberRole");
        }
        LocalDate from = form.termFrom() == null ? LocalDate.now() : form.termFrom();
        if (form.termTo() != null && form.termTo().isBefore(from)) {
            throw new CommissionRefused("commission.error.term");
        }
        Long userId = null;
        Long employeeId = null;
        if (!blank(form.username())) {
            var account = jdbc.sql("select id, employee_id from app_user where lower(username) = lower(?)")
                    .param(form.username().strip())
                    .query((rs, n) -> new Long[] {rs.getLong(1), (Long) rs.getObject(2)})
                    .optional()
                    .orElseThrow(() -> new CommissionRefused("commission.error.account"));
            userId = account[0];
            employeeId = account[1];
        }
        long id = jdbc.sql("""
                insert into commission_member (commission_id, full_name, position, role, employee_id, user_id, email,
                  term_from, term_to, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        commissionId,
                        form.fullName().strip(),
                        clean(form.position()),
                        form.role().name(),
                        employeeId,
                        userId,
                        clean(form.email()),
                        from,
                        form.termTo(),
                        user.username())
                .query(Long.class)
                .single();
        accessLog.record(AccessAction.UPDATE, "COMMISSION", commissionId, c.organizationId(), "member added");
        return id;
    }

    /** Ends a member's term of office on a day (he stays in the minutes of past meetings). */
    public void endTerm(CurrentUser user, long memberId, LocalDate on) {
        long commissionId = jdbc.sql("select commission_id from commission_member where id = ?")
                .param(memberId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new CommissionNotFound("member", memberId));
        Commission c = load(commissionId);
        requireComposer(user, c);
        LocalDate day = on == null ? LocalDate.now() : on;
        int changed = jdbc.sql("update commission_member set term_to = ? where id = ? and term_from <= ?")
                .params(day, memberId, day)
                .update();
        if (changed == 0) {
            throw new CommissionRefused("commission.error.term");
        }
        accessLog.record(AccessAction.UPDATE, "COMMISSION", commissionId, c.organizationId(), "term ended");
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String clean(String s) {
        return blank(s) ? null : s.strip();
    }
}
