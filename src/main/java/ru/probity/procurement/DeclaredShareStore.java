package ru.probity.procurement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.declarations.DeclaredShares;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.CompanyRole;
import ru.probity.procurement.model.PersonLink;
import ru.probity.procurement.model.PersonName;

/**
 * The shares in companies declared in §5.1 of declarations ({@code declared_share}), as the
 * {@link DeclaredShares} events bring them: written with the holder as the people registry ({@code
 * employee}, {@code relative}) knows him, read by the checks as ownership ties.
 */
@Repository
class DeclaredShareStore {

    private final JdbcClient jdbc;

    DeclaredShareStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A holder as the registry has him: the relative's id (null for the employee or an unknown one), names, INN. */
    record Holder(Long relativeId, String lastName, String firstName, String middleName, String inn) {}

    /** The employee himself. */
    Holder employee(long employeeId) {
        return jdbc.sql("select last_name, first_name, middle_name, inn from employee where id = ?")
                .param(employeeId)
                .query((rs, n) -> new Holder(null, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .single();
    }

    /**
     * The employee's first relative of one of the {@code relations} whose last and first names have
     * the given keys (lower case, ё as е).
     */
    Optional<Holder> relative(long employeeId, String relations, String lastNameKey, String firstNameKey) {
        return jdbc.sql("""
                select id, last_name, first_name, middle_name, inn from relative
                where employee_id = ? and relation = any(cast(? as text[]))
                  and lower(replace(last_name, 'ё', 'е')) = ? and lower(replace(first_name, 'ё', 'е')) = ?
                order by id limit 1""")
                .params(employeeId, relations, lastNameKey, firstNameKey)
                .query((rs, n) ->
                        new Holder(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional();
    }

    /** Forgets what the employee's earlier declaration declared. */
    void deleteOf(long employeeId) {
        jdbc.sql("delete from declared_share where employee_id = ?")
                .param(employeeId)
                .update();
    }

    void insert(long declarationId, long employeeId, Holder person, DeclaredShares.Holding h) {
        jdbc.sql("""
                insert into declared_share (declaration_id, employee_id, relative_id, holder, last_name, first_name,
                                            middle_name, person_inn, company_inn, company_ogrn, company_name, share_percent)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        declarationId,
                        employeeId,
                        person.relativeId(),
                        h.holder(),
                        person.lastName(),
                        person.firstName(),
                        person.middleName(),
                        person.inn(),
                        h.inn(),
                        h.ogrn(),
                        h.companyName(),
                        h.sharePercent())
                .update();
    }

    /** Gives the customer of the employee's organization a new people version: its contracts are checked again. */
    void notePeopleChange(long employeeId) {
        jdbc.sql("select note_people_change(array(select organization_id from employee where id = ?))")
                .param(employeeId)
                .query((rs, n) -> 1)
                .list();
    }

    /** A key that changes with every committed change of the declared shares. */
    String key() {
        return jdbc.sql("select count(*) || ':' || coalesce(max(id), 0) from declared_share")
                .query(String.class)
                .single();
    }

    /**
     * Founder ties from the declared shares, by company INN. A declaration tells the holding at the
     * end of the reporting year, not since when: the tie has no start date, so it counts for
     * contracts signed before the declaration too.
     */
    Map<String, List<PersonLink>> ties() {
        Map<String, List<PersonLink>> ties = new HashMap<>();
        jdbc.sql("""
                select company_inn, person_inn, last_name, first_name, middle_name, share_percent
                from declared_share where company_inn is not null""")
                .query((rs, n) -> ties.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new PersonLink(
                                rs.getString(2),
                                new PersonName(rs.getString(3), rs.getString(4), rs.getString(5)),
                                CompanyRole.FOUNDER,
                                null,
                                rs.getBigDecimal(6),
                                null,
                                null)))
                .list();
        return ties;
    }

    /**
     * The declared companies, known by INN, OGRN and name alone (the newest declaration's), with the
     * given ties as their people.
     */
    List<Company> companies(Map<String, List<PersonLink>> ties) {
        return jdbc.sql("select distinct on (company_inn) company_inn, company_ogrn, company_name from declared_share"
                        + " where company_inn is not null order by company_inn, id desc")
                .query((rs, n) -> new Company(
                        rs.getString(1),
                        null,
                        rs.getString(2),
                        rs.getString(3),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        ties.getOrDefault(rs.getString(1), List.of()),
                        List.of()))
                .list();
    }
}
