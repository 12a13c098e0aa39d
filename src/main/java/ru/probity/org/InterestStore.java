package ru.probity.org;

import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads who is the user's own person in {@code employee} and {@code relative} (see {@link Interests}). */
@Repository
class InterestStore {

    private final JdbcClient jdbc;

    InterestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The employee himself; employees who are his relatives (an INN or SNILS of one of his relative
     * rows is theirs); employees who list him as their relative (a relative row of theirs has his INN
     * or SNILS).
     */
    Set<Long> employees(long me) {
        return new HashSet<>(jdbc.sql("""
                        select cast(:me as bigint)
                        union
                        select e.id from relative r join employee e
                          on (r.inn is not null and e.inn = r.inn) or (r.snils is not null and e.snils = r.snils)
                        where r.employee_id = :me
                        union
                        select r.employee_id from employee me join relative r
                          on (me.inn is not null and r.inn = me.inn) or (me.snils is not null and r.snils = me.snils)
                        where me.id = :me""").param("me", me).query(Long.class).list());
    }

    /** His relative rows, and the relative rows that are he himself (in another employee's family). */
    Set<Long> relatives(long me) {
        return new HashSet<>(jdbc.sql("""
                        select r.id from relative r where r.employee_id = :me
                        union
                        select r.id from employee me join relative r
                          on (me.inn is not null and r.inn = me.inn) or (me.snils is not null and r.snils = me.snils)
                        where me.id = :me""").param("me", me).query(Long.class).list());
    }
}
