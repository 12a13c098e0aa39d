package ru.probity.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import ru.probity.training.model.EnrolmentSource;
import ru.probity.training.model.EnrolmentStatus;

/**
 * The pieces of SQL the stores of training share: the subtree of an organization (the view
 * {@code org_subtree} that org publishes), the name of an employee, the audience of an event, the
 * participants with what they did (the view {@code training_participation}).
 */
final class TrainingSql {

    private TrainingSql() {}

    /**
     * Whether an employee {@code e} is in the audience of the event {@code ev}: in the subtree of
     * one of its organizations, and of one of its posts if it names any.
     */
    static final String AUDIENCE = " (" + """
             exists (select 1 from training_event_audience au join org_subtree aus on aus.ancestor_id = au.organization_id
                     where au.event_id = ev.id and aus.organization_id = e.organization_id)
             and (cardinality(ev.posts) = 0 or exists (select 1 from unnest(ev.posts) as w(word)
                                                        where e.post ilike '%' || w.word || '%'))""" + ") ";

    /** The full name of an employee {@code e}. */
    static final String NAME = "e.last_name || ' ' || e.first_name || coalesce(' ' || e.middle_name, '')";

    /** "The organization {@code column} is in the subtree of {@code :org}". */
    static String inSubtree(String column, String org) {
        return " " + column + " in (select organization_id from org_subtree where ancestor_id = " + org + ") ";
    }

    /** Participations {@code p} with the employee {@code e} and his organization {@code eo}. */
    static final String PARTICIPANTS = "select p.*, " + NAME + " " + """
             as name, e.post, eo.name as organization
            from training_participation p join employee e on e.id = p.employee_id
            join organization eo on eo.id = e.organization_id""" + " ";

    static Enrolments.Participant participant(ResultSet rs) throws SQLException {
        Timestamp issued = rs.getTimestamp("certificate_issued_at");
        return new Enrolments.Participant(
                rs.getLong("enrolment_id"),
                rs.getLong("employee_id"),
                rs.getString("name"),
                rs.getString("post"),
                rs.getString("organization"),
                EnrolmentStatus.valueOf(rs.getString("status")),
                EnrolmentSource.valueOf(rs.getString("source")),
                rs.getTimestamp("enrolled_at").toInstant(),
                rs.getInt("sessions"),
                rs.getInt("attended"),
                rs.getBoolean("test_passed"),
                rs.getBoolean("completed"),
                issued == null ? null : issued.toInstant());
    }
}
