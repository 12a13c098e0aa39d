package ru.probity.declarations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The проверки ({@code verification}) and their requests ({@code verification_request}); reads org's
 * {@code employee}, {@code organization} and {@code org_subtree} and the module's {@code declaration}.
 */
@Repository
class VerificationStore {

    /** What a new проверка is started with. */
    record NewVerification(
            long declarationId,
            long employeeId,
            long organizationId,
            VerificationKind kind,
            VerificationGround ground,
            String groundSource,
            String decidedBy,
            String decisionNumber,
            LocalDate decidedOn,
            String startedBy) {}

    private static final String SELECT = """
            select v.*, d.year,
                   e.last_name || ' ' || e.first_name || coalesce(' ' || e.middle_name, '') as employee_name,
                   e.post, o.name as organization_name
            from verification v join declaration d on d.id = v.declaration_id
                 join employee e on e.id = v.employee_id join organization o on o.id = v.organization_id
            """;

    private final JdbcClient jdbc;

    VerificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewVerification v) {
        return jdbc.sql("""
                insert into verification (declaration_id, employee_id, organization_id, kind, ground, ground_source,
                                          decided_by, decision_number, decided_on, started_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        v.declarationId(),
                        v.employeeId(),
                        v.organizationId(),
                        v.kind().name(),
                        v.ground().name(),
                        v.groundSource(),
                        v.decidedBy(),
                        v.decisionNumber(),
                        v.decidedOn(),
                        v.startedBy())
                .query(Long.class)
                .single();
    }

    Optional<Verification> find(long id) {
        return jdbc.sql(SELECT + " where v.id = ?")
                .param(id)
                .query((rs, n) -> row(rs, requests(rs.getLong("id"))))
                .optional();
    }

    /** The проверки of the subtree, the open ones first, newest first. */
    List<Verification> ofSubtree(long scope) {
        return jdbc.sql(SELECT + """
                 where v.organization_id in (select organization_id from org_subtree where ancestor_id = ?)
                 order by v.reported_on is not null, v.decided_on desc, v.id desc limit 500""")
                .param(scope)
                .query((rs, n) -> row(rs, List.of()))
                .list();
    }

    /** The проверки of one declaration (its employee's page links them). */
    List<Verification> ofDeclaration(long declarationId) {
        return jdbc.sql(SELECT + " where v.declaration_id = ? order by v.id")
                .param(declarationId)
                .query((rs, n) -> row(rs, List.of()))
                .list();
    }

    /** Sets one date (and optionally one text) column of a проверка. */
    void set(long id, Step step, LocalDate on, String text) {
        String sql = switch (step) {
            case NOTIFIED -> "update verification set notified_on = ? where id = ?";
            case EXPLANATION -> "update verification set explanation_on = ?, explanation = ? where id = ?";
            case REFUSAL_ACT -> "update verification set refusal_act_on = ? where id = ?";
            case INTERVIEW_REQUESTED -> "update verification set interview_requested_on = ? where id = ?";
            case INTERVIEW -> "update verification set interview_on = ? where id = ?";
            case EXTENDED -> "update verification set extended_to = ?, extension_reason = ? where id = ?";
            case INFORMED -> "update verification set informed_on = ? where id = ?";
            case PROSECUTOR -> "update verification set prosecutor_on = ? where id = ?";
            case REFERRED -> "update verification set referred_on = ? where id = ?";
        };
        var statement = jdbc.sql(sql);
        if (step == Step.EXPLANATION || step == Step.EXTENDED) {
            statement.params(on, text, id).update();
        } else {
            statement.params(on, id).update();
        }
    }

    /** The steps that are one date (and a text). */
    enum Step {
        NOTIFIED,
        EXPLANATION,
        REFUSAL_ACT,
        INTERVIEW_REQUESTED,
        INTERVIEW,
        EXTENDED,
        INFORMED,
        PROSECUTOR,
        REFERRED
    }

    void report(long id, LocalDate on, VerificationOutcome outcome, String text) {
        jdbc.sql("update verification set reported_on = ?, outcome = ?, report = ? where id = ?")
                .params(on, outcome.name(), text, id)
                .update();
    }

    void penalty(long id, VerificationPenalty penalty, LocalDate on, LocalDate discoveredOn, LocalDate committedOn) {
        jdbc.sql("""
                update verification set penalty = ?, penalty_on = ?, offence_discovered_on = ?, offence_committed_on = ?
                where id = ?""").params(penalty.name(), on, discoveredOn, committedOn, id).update();
    }

    void request(long id, String addressee, String subject, LocalDate sentOn) {
        jdbc.sql("insert into verification_request (verification_id, addressee, subject, sent_on) values (?, ?, ?, ?)")
                .params(id, addressee, subject, sentOn)
                .update();
    }

    private List<Verification.Request> requests(long id) {
        return jdbc.sql("""
                select id, addressee, subject, sent_on from verification_request
                where verification_id = ? order by sent_on, id""")
                .param(id)
                .query((rs, n) -> new Verification.Request(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class)))
                .list();
    }

    private static Verification row(ResultSet rs, List<Verification.Request> requests) throws SQLException {
        String outcome = rs.getString("outcome");
        String penalty = rs.getString("penalty");
        return new Verification(
                rs.getLong("id"),
                rs.getLong("declaration_id"),
                rs.getInt("year"),
                rs.getLong("employee_id"),
                rs.getString("employee_name"),
                rs.getString("post"),
                rs.getLong("organization_id"),
                rs.getString("organization_name"),
                VerificationKind.valueOf(rs.getString("kind")),
                VerificationGround.valueOf(rs.getString("ground")),
                rs.getString("ground_source"),
                rs.getString("decided_by"),
                rs.getString("decision_number"),
                date(rs, "decided_on"),
                rs.getString("started_by"),
                date(rs, "notified_on"),
                date(rs, "explanation_on"),
                rs.getString("explanation"),
                date(rs, "refusal_act_on"),
                date(rs, "interview_requested_on"),
                date(rs, "interview_on"),
                date(rs, "extended_to"),
                rs.getString("extension_reason"),
                date(rs, "reported_on"),
                outcome == null ? null : VerificationOutcome.valueOf(outcome),
                rs.getString("report"),
                date(rs, "informed_on"),
                date(rs, "prosecutor_on"),
                date(rs, "referred_on"),
                penalty == null ? null : VerificationPenalty.valueOf(penalty),
                date(rs, "penalty_on"),
                date(rs, "offence_discovered_on"),
                date(rs, "offence_committed_on"),
                requests);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
