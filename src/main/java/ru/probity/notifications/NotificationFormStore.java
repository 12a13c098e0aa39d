package ru.probity.notifications;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The blank forms' one read: the addressee's name, from the published table {@code organization}. */
@Repository
class NotificationFormStore {

    private final JdbcClient jdbc;

    NotificationFormStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The name of the active organization. */
    Optional<String> organizationName(long id) {
        return jdbc.sql("select name from organization where id = ? and active")
                .param(id)
                .query(String.class)
                .optional();
    }
}
