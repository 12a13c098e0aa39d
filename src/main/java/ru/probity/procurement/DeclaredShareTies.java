package ru.probity.procurement;

import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.probity.declarations.DeclaredShares;

/**
 * Shares in companies declared in §5.1 of a declaration become ownership ties of the employee (or
 * of his spouse or child, when the people registry knows the relative by name) to the company: the
 * affiliation checks read them beside the founders of the registers ({@link CheckInputs}). Each
 * declaration replaces what the employee's earlier one declared, and gives the customer of the
 * employee's organization a new people version, so its contracts are checked again.
 */
@Component
class DeclaredShareTies {

    private final JdbcClient jdbc;

    DeclaredShareTies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In the declaration's own transaction: the ties are recorded if and only if it is saved. */
    @EventListener
    void record(DeclaredShares event) {
        jdbc.sql("delete from declared_share where employee_id = ?")
                .param(event.employeeId())
                .update();
        for (DeclaredShares.Holding h : event.companies()) {
            Object[] person = holder(event.employeeId(), h);
            jdbc.sql("""
                    insert into declared_share (declaration_id, employee_id, relative_id, holder, last_name, first_name,
                                                middle_name, person_inn, company_inn, company_ogrn, company_name, share_percent)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            event.declarationId(),
                            event.employeeId(),
                            person[0],
                            h.holder(),
                            person[1],
                            person[2],
                            person[3],
                            person[4],
                            h.inn(),
                            h.ogrn(),
                            h.companyName(),
                            h.sharePercent())
                    .update();
        }
        jdbc.sql("select note_people_change(array(select organization_id from employee where id = ?))")
                .param(event.employeeId())
                .query((rs, n) -> 1)
                .list();
    }

    /** The holder as the registry has him: relative id (or null), names and INN. */
    private Object[] holder(long employeeId, DeclaredShares.Holding h) {
        if ("DECLARANT".equals(h.holder())) {
            return jdbc.sql("select null, last_name, first_name, middle_name, inn from employee where id = ?")
                    .param(employeeId)
                    .query((rs, n) ->
                            new Object[] {null, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)})
                    .single();
        }
        String relations = "SPOUSE".equals(h.holder()) ? "{SPOUSE}" : "{CHILD,ADOPTED_CHILD}";
        return jdbc.sql("""
                select id, last_name, first_name, middle_name, inn from relative
                where employee_id = ? and relation = any(cast(? as text[]))
                  and lower(replace(last_name, 'ё', 'е')) = ? and lower(replace(first_name, 'ё', 'е')) = ?
                order by id limit 1""")
                .params(employeeId, relations, key(h.lastName()), key(h.firstName()))
                .query((rs, n) ->
                        new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)
                        })
                .optional()
                .orElse(new Object[] {null, h.lastName(), h.firstName(), h.middleName(), null});
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
