package ru.probity.commission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.commission.model.CaseStatus;
import ru.probity.org.EmployeeCategory;
import ru.probity.org.OwnPeople;

/**
 * Cases before the commission ({@code commission_case}) and the people records they name (read
 * only: {@code employee}).
 */
@Repository
class CaseStore {

    private static final String CASE = """
            select k.*, c.name as commission_name, o.name as organization_name, o.path as organization_path,
                   mt.number as meeting_number, mt.held_on as meeting_date, e.category as employee_category,
                   ta.title as transfer_title, ta.number as transfer_number, ta.act_date as transfer_date
            from commission_case k join organization o on o.id = k.organization_id
            left join commission_transfer_act ta on ta.id = k.transfer_act_id
            left join employee e on e.id = k.employee_id
            left join commission c on c.id = k.commission_id
            left join commission_meeting mt on mt.id = k.meeting_id
            """;

    private final JdbcClient jdbc;

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static CommissionCase row(ResultSet rs, int n) throws SQLException {
        String decision = rs.getString("decision");
        return new CommissionCase(
                rs.getLong("id"),
                (Long) rs.getObject("commission_id"),
                rs.getString("commission_name"),
                rs.getLong("organization_id"),
                rs.getString("organization_name"),
                rs.getString("organization_path"),
                CaseKind.valueOf(rs.getString("kind")),
                rs.getString("source_type"),
                rs.getLong("source_id"),
                rs.getString("source_ref"),
                (Long) rs.getObject("employee_id"),
                rs.getString("person_name"),
                rs.getString("person_post"),
                rs.getString("summary"),
                rs.getString("materials"),
                rs.getDate("received_on").toLocalDate(),
                date(rs.getDate("consider_by")),
                CaseStatus.valueOf(rs.getString("status")),
                decision == null ? null : Decision.valueOf(decision),
                rs.getString("decision_text"),
                date(rs.getDate("decided_on")),
                (Long) rs.getObject("meeting_id"),
                (Integer) rs.getObject("meeting_number"),
                date(rs.getDate("meeting_date")),
                category(rs.getString("employee_category")),
                rs.getString("transfer_title") == null
                        ? null
                        : new CommissionCase.Basis(
                                rs.getString("transfer_title"),
                                rs.getString("transfer_number"),
                                rs.getDate("transfer_date").toLocalDate()));
    }

    /** The category of the person's card; null when the card has none or names an unknown one. */
    static EmployeeCategory category(String name) {
        return name == null ? null : EmployeeCategory.parse(name).orElse(null);
    }

    static LocalDate date(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }

    Optional<CommissionCase> find(long id) {
        return jdbc.sql(CASE + " where k.id = ?")
                .param(id)
                .query(CaseStore::row)
                .optional();
    }

    /**
     * The cases the reader sees — through their commission, or as a reader of the subtree while they
     * have none — open ones first.
     */
    /**
     * The cases the reader sees, without those about his own people ({@code own}: 273-ФЗ ст.10–11) —
     * left out in the query, so a limited list is never shorter.
     */
    List<CommissionCase> list(CommissionStore.Reader reader, Cases.Filter filter, OwnPeople own, int limit) {
        return jdbc.sql(CASE + " where (k.commission_id in (" + CommissionStore.VISIBLE_IDS + ")" + """
                       or (k.commission_id is null and :reads
                           and k.organization_id in (select organization_id from org_subtree where ancestor_id = :org)))
                  and (cast(:status as text) is null or k.status = :status)
                  and (cast(:commission as bigint) is null or k.commission_id = :commission)
                  and (cast(:kind as text) is null or k.kind = :kind)
                  and (cast(:organization as bigint) is null
                       or k.organization_id in (select organization_id from org_subtree where ancestor_id = :organization))
                  and (not :openOnly or k.status in ('PENDING', 'SCHEDULED'))
                  and (not :overdueOnly or (k.status in ('PENDING', 'SCHEDULED') and k.consider_by < current_date))
                  and not coalesce(k.employee_id = any(cast(:ownEmployees as bigint[])), false)
                order by (k.status in ('PENDING', 'SCHEDULED')) desc, k.received_on, k.id limit :limit""")
                .params(reader.params())
                .param("ownEmployees", own.employeeArray())
                .param("status", filter.status())
                .param("commission", filter.commissionId())
                .param("kind", filter.kind() == null ? null : filter.kind().name())
                .param("organization", filter.organizationId())
                .param("openOnly", filter.openOnly())
                .param("overdueOnly", filter.overdueOnly())
                .param("limit", limit)
                .query(CaseStore::row)
                .list();
    }

    /** What a new case holds besides its intake. */
    record Opening(Long commissionId, Long transferActId, LocalDate receivedOn, LocalDate considerBy, String by) {

        Opening(Commissions.Route route, LocalDate receivedOn, LocalDate considerBy, String by) {
            this(route.commissionId(), route.transferActId(), receivedOn, considerBy, by);
        }
    }

    /** Inserts a waiting case; empty when the source has brought its case already. */
    Optional<Long> insert(CaseIntake intake, Opening opening) {
        return jdbc.sql("""
                insert into commission_case (commission_id, organization_id, kind, source_type, source_id, source_ref,
                  employee_id, person_name, person_post, summary, materials, received_on, consider_by, status, created_by,
                  transfer_act_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (source_type, source_id) do nothing returning id""")
                .params(
                        opening.commissionId(),
                        intake.organizationId(),
                        intake.kind().name(),
                        intake.sourceType(),
                        intake.sourceId(),
                        intake.sourceRef(),
                        intake.employeeId(),
                        intake.personName(),
                        intake.personPost(),
                        intake.summary().strip(),
                        intake.materials(),
                        opening.receivedOn(),
                        opening.considerBy(),
                        CaseStatus.PENDING.name(),
                        opening.by(),
                        opening.transferActId())
                .query(Long.class)
                .optional();
    }

    long idOfSource(String sourceType, long sourceId) {
        return jdbc.sql("select id from commission_case where source_type = ? and source_id = ?")
                .params(sourceType, sourceId)
                .query(Long.class)
                .single();
    }

    /** A new source id for a case brought by hand. */
    long nextManualSource() {
        return jdbc.sql("select nextval('commission_manual_source_seq')")
                .query(Long.class)
                .single();
    }

    /**
     * Moves the case from one status to the next, atomically: false when it is no longer in
     * {@code from} (another meeting took it meanwhile).
     */
    boolean move(long caseId, CaseStatus from, CaseStatus to, Long meetingId) {
        return jdbc.sql("update commission_case set status = ?, meeting_id = ? where id = ? and status = ?")
                        .params(to.name(), meetingId, caseId, from.name())
                        .update()
                > 0;
    }

    /** The cases of a meeting's questions without an adopted decision go back to wait. */
    void returnUndecided(long meetingId) {
        jdbc.sql("""
                update commission_case set status = ?, meeting_id = null
                where status = ?
                  and id in (select case_id from commission_agenda_item where meeting_id = ? and adopted is not true)""")
                .params(CaseStatus.PENDING.name(), CaseStatus.SCHEDULED.name(), meetingId)
                .update();
    }

    /** The case is decided at the meeting. */
    void decided(long caseId, Decision decision, String text, LocalDate decidedOn, long meetingId) {
        jdbc.sql("""
                update commission_case set status = ?, decision = ?, decision_text = ?, decided_on = ?, meeting_id = ?
                where id = ?""")
                .params(CaseStatus.DECIDED.name(), decision.name(), text, decidedOn, meetingId, caseId)
                .update();
    }

    /** A case waiting without a commission: where it is from and whom it is about. */
    record Waiting(long caseId, long organizationId, Long employeeId) {}

    /** The cases waiting without a commission in the organization's subtree (the whole tree when null). */
    List<Waiting> waiting(Long organizationId) {
        return jdbc.sql("""
                select id, organization_id, employee_id from commission_case
                where commission_id is null and status = :status
                  and (cast(:org as bigint) is null
                       or organization_id in (select organization_id from org_subtree where ancestor_id = :org))
                order by id""")
                .param("status", CaseStatus.PENDING.name())
                .param("org", organizationId)
                .query((rs, n) -> new Waiting(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3)))
                .list();
    }

    /** A waiting case goes to the commission (by the act, if any); false when it no longer waits. */
    boolean assign(long caseId, long commissionId, Long transferActId) {
        return jdbc.sql("""
                update commission_case set commission_id = ?, transfer_act_id = ?
                where id = ? and commission_id is null and status = ?""")
                        .params(commissionId, transferActId, caseId, CaseStatus.PENDING.name())
                        .update()
                > 0;
    }

    /** The employee's name and post as the people records hold them. */
    record Person(String name, String post) {}

    Optional<Person> person(long employeeId) {
        return jdbc.sql("""
                select last_name || ' ' || first_name || coalesce(' ' || middle_name, ''), post
                from employee where id = ?""")
                .param(employeeId)
                .query((rs, n) -> new Person(rs.getString(1), rs.getString(2)))
                .optional();
    }

    Optional<String> email(long employeeId) {
        return jdbc.sql("select email from employee where id = ?")
                .param(employeeId)
                .query(String.class)
                .optional();
    }
}
