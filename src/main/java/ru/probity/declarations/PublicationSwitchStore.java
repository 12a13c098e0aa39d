package ru.probity.declarations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The switch of the publication ({@code declaration_publication_switch}): every change, the latest is the state. */
@Repository
class PublicationSwitchStore {

    private static final String SELECT = """
            select s.enabled, s.basis, s.changed_by, coalesce(u.full_name, s.changed_by) as changed_by_name,
                   s.changed_at
            from declaration_publication_switch s left join app_user u on u.username = s.changed_by
            """;

    private final JdbcClient jdbc;

    PublicationSwitchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PublicationSwitch.Change> latest() {
        return jdbc.sql(SELECT + " order by s.id desc limit 1")
                .query(PublicationSwitchStore::change)
                .optional();
    }

    List<PublicationSwitch.Change> history() {
        return jdbc.sql(SELECT + " order by s.id desc")
                .query(PublicationSwitchStore::change)
                .list();
    }

    void insert(boolean enabled, String basis, String by) {
        // one change at a time: the latest row is the state
        jdbc.sql("lock table declaration_publication_switch in share row exclusive mode")
                .update();
        jdbc.sql("insert into declaration_publication_switch (enabled, basis, changed_by) values (?, ?, ?)")
                .params(enabled, basis, by)
                .update();
    }

    private static PublicationSwitch.Change change(ResultSet rs, int n) throws SQLException {
        return new PublicationSwitch.Change(
                rs.getBoolean("enabled"),
                rs.getString("basis"),
                rs.getString("changed_by"),
                rs.getString("changed_by_name"),
                rs.getTimestamp("changed_at").toInstant());
    }
}
