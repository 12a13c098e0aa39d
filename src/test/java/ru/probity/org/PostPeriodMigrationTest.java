package ru.probity.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import ru.probity.IntegrationTest;

/**
 * The backfill of the periods of posts (V35_1) on a registry written before it: the migrations run
 * into a schema of their own up to the one before V35_1, cards are written there, and V35_1 gives
 * each card that is not a candidate one period from its appointment date (none: unknown) to its
 * dismissal date, or for an inactive card to the day of its last change.
 */
class PostPeriodMigrationTest extends IntegrationTest {

    private static final String SCHEMA = "post_period_test";

    @Autowired
    DataSource dataSource;

    @AfterEach
    void dropSchema() {
        jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
    }

    private static void migrate(Connection connection, String target, boolean before) {
        var configuration = Flyway.configure()
                .dataSource(new SingleConnectionDataSource(connection, true))
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .locations("classpath:db/migration");
        MigrationVersion wanted = MigrationVersion.fromVersion(target);
        MigrationVersion version = wanted;
        if (before) {
            version = Arrays.stream(configuration.load().info().all())
                    .map(MigrationInfo::getVersion)
                    .filter(v -> v != null && v.isNewerThan(MigrationVersion.fromVersion("0")) && wanted.isNewerThan(v))
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
        }
        configuration.target(version).load().migrate();
    }

    @Test
    void everyCardThatIsNoCandidateGetsOnePeriodFromItsAppointmentToItsDismissal() throws SQLException {
        jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
        try (Connection connection = dataSource.getConnection()) {
            try {
                migrate(connection, "35.1", true);
                try (Statement statement = connection.createStatement()) {
                    // the triggers of the schema find its own tables
                    statement.execute("set search_path to " + SCHEMA + ", public");
                }
                JdbcClient db = JdbcClient.create(new SingleConnectionDataSource(connection, true));
                long org = db.sql("""
                        insert into organization (path, kind, name, created_by, updated_by)
                        values ('/', 'BODY', 'Администрация', 'test', 'test') returning id""").query(Long.class).single();
                db.sql("update organization set path = '/' || id || '/' where id = ?")
                        .param(org)
                        .update();
                String insert = """
                        insert into employee (organization_id, last_name, first_name, post, appointed_on, dismissed_on,
                          contract_manager, active, candidate, updated_at, created_by, updated_by)
                        values (?, ?, 'Пётр', 'Специалист', cast(? as date), cast(? as date), ?, ?, ?,
                          cast(? as timestamptz), 'test', 'test')""";
                db.sql(insert)
                        .params(org, "Служащий", "2019-04-01", null, true, true, false, "2026-01-10 10:00+03")
                        .update();
                db.sql(insert)
                        .params(org, "Безданных", null, null, false, true, false, "2026-01-10 10:00+03")
                        .update();
                db.sql(insert)
                        .params(org, "Уволенный", "2018-02-01", "2024-06-30", true, false, false, "2026-01-10 10:00+03")
                        .update();
                db.sql(insert)
                        .params(org, "Деактивированный", "2020-01-01", null, false, false, false, "2025-05-05 12:00+03")
                        .update();
                db.sql(insert)
                        .params(org, "Кандидат", null, null, false, false, true, "2026-01-10 10:00+03")
                        .update();

                migrate(connection, "35.1", false);

                List<String> periods = db.sql("""
                        select e.last_name || ' ' || coalesce(cast(p.valid_from as text), '?') || '..'
                               || coalesce(cast(p.valid_to as text), '') || case when p.contract_manager then ' КУ' else '' end
                        from employee_post_period p join employee e on e.id = p.employee_id order by e.id""").query(String.class).list();
                assertThat(periods)
                        .containsExactly(
                                "Служащий 2019-04-01.. КУ",
                                "Безданных ?..",
                                "Уволенный 2018-02-01..2024-06-30 КУ",
                                "Деактивированный 2020-01-01..2025-05-05");
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("reset search_path");
                }
                connection.setAutoCommit(true);
            }
        }
    }
}
