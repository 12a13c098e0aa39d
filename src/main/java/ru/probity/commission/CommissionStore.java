package ru.probity.commission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.access.CurrentUser;
import ru.probity.commission.model.Competence;
import ru.probity.org.OrganizationKind;

/** Commissions and their members ({@code commission}, {@code commission_member}). */
@Repository
class CommissionStore {

    private static final String COMMISSION = """
            select c.*, o.name as organization_name, o.path as organization_path
            from commission c join organization o on o.id = c.organization_id
            """;

    private static final String MEMBER = """
            select m.*, u.username from commission_member m left join app_user u on u.id = m.user_id
            """;

    /**
     * The ids of the commissions a reader sees, for the parameters of {@link Reader#params()}: those
     * of his subtree when he reads it, and those whose member in office he is.
     */
    static final String VISIBLE_IDS = """
            select vc.id from commission vc
            where (:reads and vc.organization_id in (select organization_id from org_subtree where ancestor_id = :org))
               or exists (select 1 from commission_member vm where vm.commission_id = vc.id and vm.user_id = :me
                          and vm.term_from <= current_date and (vm.term_to is null or vm.term_to >= current_date))
            """;

    /** Who reads the commissions: {@code :reads} his subtree rooted at {@code :org}; {@code :me} as a member. */
    record Reader(boolean subtree, long organizationId, long userId) {

        static Reader of(CurrentUser user) {
            return new Reader(Commissions.readsSubtree(user), user.organizationId(), user.userId());
        }

        Map<String, Object> params() {
            return Map.of("reads", subtree, "org", organizationId, "me", userId);
        }
    }

    private final JdbcClient jdbc;

    CommissionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Commission commission(ResultSet rs, int n) throws SQLException {
        return new Commission(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                rs.getString("organization_name"),
                rs.getString("organization_path"),
                rs.getString("name"),
                rs.getString("basis"),
                CommissionKind.valueOf(rs.getString("kind")));
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

    Optional<Commission> find(long id) {
        return jdbc.sql(COMMISSION + " where c.id = ?")
                .param(id)
                .query(CommissionStore::commission)
                .optional();
    }

    /** The active commissions the reader sees, in tree order. */
    List<Commission> visible(Reader reader) {
        return jdbc.sql(COMMISSION + " where c.active and c.id in (" + VISIBLE_IDS + ") order by o.path")
                .params(reader.params())
                .query(CommissionStore::commission)
                .list();
    }

    /** Whether the user is a member in office of the commission (with {@code role} SECRETARY only, if asked). */
    boolean memberInOffice(long commissionId, long userId, boolean secretary) {
        return jdbc.sql("""
                select exists (select 1 from commission_member where commission_id = ? and user_id = ?
                  and (not ? or role = 'SECRETARY')
                  and term_from <= current_date and (term_to is null or term_to >= current_date))""")
                .params(commissionId, userId, secretary)
                .query(Boolean.class)
                .single();
    }

    /** All members with past terms too, in the order they were added (the current ones first). */
    List<Member> members(long commissionId) {
        return jdbc.sql(MEMBER + " where m.commission_id = ? order by m.term_to nulls first, m.id")
                .param(commissionId)
                .query(CommissionStore::member)
                .list();
    }

    /** Whether the member is the employee (the question concerns him). */
    boolean memberIsEmployee(long memberId, long employeeId) {
        return jdbc.sql("select exists (select 1 from commission_member where id = ? and employee_id = ?)")
                .params(memberId, employeeId)
                .query(Boolean.class)
                .single();
    }

    Optional<Long> commissionOfMember(long memberId) {
        return jdbc.sql("select commission_id from commission_member where id = ?")
                .param(memberId)
                .query(Long.class)
                .optional();
    }

    /**
     * The employer body of an organization: the nearest organization at or above it whose kind the
     * search stops at ({@link Competence#stops()}); empty outside the tree.
     */
    Optional<Long> employerBody(long organizationId) {
        return jdbc.sql("""
                select o.id from org_subtree s join organization o on o.id = s.ancestor_id
                where s.organization_id = :org and o.kind in (:stops)
                order by s.depth desc limit 1""")
                .param("org", organizationId)
                .param("stops", Competence.stops())
                .query(Long.class)
                .optional();
    }

    /** The kind of an organization, as the tree records it. */
    Optional<OrganizationKind> organizationKind(long organizationId) {
        return jdbc.sql("select kind from organization where id = ?")
                .param(organizationId)
                .query(String.class)
                .optional()
                .map(OrganizationKind::valueOf);
    }

    /** The active commission of the kind formed at exactly this organization. */
    Optional<Long> activeAt(long organizationId, CommissionKind kind) {
        return jdbc.sql("select id from commission where organization_id = ? and kind = ? and active")
                .params(organizationId, kind.name())
                .query(Long.class)
                .optional();
    }

    /**
     * The region's active commission for persons holding municipal posts: one formed anywhere in the
     * tree of the organization's root (the region or a regional body); the nearest to the root first.
     */
    Optional<Long> municipalPostsCommission(long organizationId) {
        return jdbc.sql("""
                select c.id from commission c join org_subtree r on r.organization_id = c.organization_id
                where c.active and c.kind = 'MUNICIPAL_POSTS'
                  and r.ancestor_id = (select ancestor_id from org_subtree where organization_id = ? and depth = 1)
                order by (select max(depth) from org_subtree where organization_id = c.organization_id), c.id
                limit 1""").param(organizationId).query(Long.class).optional();
    }

    /** The category of the person's card, as its name ({@code employee.category}); empty when none. */
    Optional<String> category(long employeeId) {
        return jdbc.sql("select category from employee where id = ?")
                .param(employeeId)
                .query(String.class)
                .optional();
    }

    long insert(long organizationId, CommissionKind kind, String name, String basis, String by) {
        return jdbc.sql("""
                insert into commission (organization_id, kind, name, basis, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, kind.name(), name, basis, by, by)
                .query(Long.class)
                .single();
    }

    /** An account by its username (any case): its id and its employee record, if any. */
    Optional<Account> account(String username) {
        return jdbc.sql("select id, employee_id from app_user where lower(username) = lower(?)")
                .param(username)
                .query((rs, n) -> new Account(rs.getLong(1), (Long) rs.getObject(2)))
                .optional();
    }

    /** An account of the people records. */
    record Account(long userId, Long employeeId) {}

    /** A member as the composition records him. */
    record NewMember(
            long commissionId,
            String fullName,
            String position,
            MemberRole role,
            Long employeeId,
            Long userId,
            String email,
            LocalDate termFrom,
            LocalDate termTo) {}

    long insertMember(NewMember m, String by) {
        return jdbc.sql("""
                insert into commission_member (commission_id, full_name, position, role, employee_id, user_id, email,
                  term_from, term_to, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        m.commissionId(),
                        m.fullName(),
                        m.position(),
                        m.role().name(),
                        m.employeeId(),
                        m.userId(),
                        m.email(),
                        m.termFrom(),
                        m.termTo(),
                        by)
                .query(Long.class)
                .single();
    }

    /** Ends the term on the day, unless it began later; whether it was ended. */
    boolean endTerm(long memberId, LocalDate day) {
        return jdbc.sql("update commission_member set term_to = ? where id = ? and term_from <= ?")
                        .params(day, memberId, day)
                        .update()
                > 0;
    }
}
