package ru.probity.declarations;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads org's published {@code employee} and {@code org_subtree} to match a «Справки БК» package to
 * an active employee of a subtree: by СНИЛС, else by the names and the birth date.
 */
@Repository
class SpravkiMatchStore {

    private static final String COLUMNS =
            "select e.id, e.organization_id, e.last_name, e.first_name, e.middle_name, e.birth_date from employee e ";

    private static final String IN_SCOPE =
            " and e.organization_id in (select organization_id from org_subtree where ancestor_id = :scope)";

    private final JdbcClient jdbc;

    SpravkiMatchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An employee a package may be filed for. */
    record Candidate(
            long id, long organizationId, String lastName, String firstName, String middleName, LocalDate birthDate) {

        String fullName() {
            return lastName + " " + firstName + (middleName == null ? "" : " " + middleName);
        }
    }

    /** Active employees of the subtree of {@code scope} with this СНИЛС (11 digits). */
    List<Candidate> bySnils(long scope, String snils) {
        return jdbc.sql(COLUMNS + "where (e.active or e.candidate) and e.snils = :snils" + IN_SCOPE + " order by e.id")
                .param("snils", snils)
                .param("scope", scope)
                .query(SpravkiMatchStore::candidate)
                .list();
    }

    /** Active employees of the subtree of {@code scope} with these names and birth date (case and ё aside). */
    List<Candidate> byName(long scope, String lastName, String firstName, String middleName, LocalDate birthDate) {
        return jdbc.sql(COLUMNS + """
                        where (e.active or e.candidate) and e.birth_date = :birth
                          and lower(replace(e.last_name, 'ё', 'е')) = :last
                          and lower(replace(e.first_name, 'ё', 'е')) = :first
                          and lower(replace(coalesce(e.middle_name, ''), 'ё', 'е')) = :middle""" + IN_SCOPE + " order by e.id")
                .param("birth", birthDate)
                .param("last", normal(lastName))
                .param("first", normal(firstName))
                .param("middle", normal(middleName))
                .param("scope", scope)
                .query(SpravkiMatchStore::candidate)
                .list();
    }

    /** The employee himself, whatever his organization. */
    Candidate employee(long id) {
        return jdbc.sql(COLUMNS + "where e.id = :id")
                .param("id", id)
                .query(SpravkiMatchStore::candidate)
                .single();
    }

    /** The employee's СНИЛС, or null. */
    String snils(long id) {
        return jdbc.sql("select snils from employee where id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** Lower case, ё as е, trimmed; empty for none. */
    static String normal(String s) {
        return s == null ? "" : s.strip().toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
    }

    private static Candidate candidate(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Candidate(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6, LocalDate.class));
    }
}
