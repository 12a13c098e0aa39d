package ru.probity.portal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The portal's reads of the published table {@code organization}. */
@Repository
class PortalStore {

    private final JdbcClient jdbc;

    PortalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The active organization with this id: its public name and the short one. */
    Optional<PortalOrganization> organization(long id) {
        return jdbc.sql("""
                select id, name, coalesce(short_name, name) as short_name
                from organization where id = :id and active""")
                .param("id", id)
                .query((rs, n) ->
                        new PortalOrganization(rs.getLong("id"), rs.getString("name"), rs.getString("short_name")))
                .optional();
    }
}
