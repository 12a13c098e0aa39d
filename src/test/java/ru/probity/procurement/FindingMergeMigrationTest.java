package ru.probity.procurement;

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
 * The migration to one finding per conflict (V23_20) on findings made one per rule: the migrations
 * run into a schema of their own up to the one before V23_20, old-style findings are written there, and V23_20
 * merges them.
 */
class FindingMergeMigrationTest extends IntegrationTest {

    private static final String SCHEMA = "finding_merge_test";

    @Autowired
    DataSource dataSource;

    JdbcClient db;

    @AfterEach
    void dropSchema() {
        jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
    }

    /**
     * Migrates the test's schema up to {@code target} (or the last migration before it, with
     * {@code before}) on a connection of its own, left as it was found.
     */
    private void migrate(String target, boolean before) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try {
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
                            .filter(v -> v != null
                                    && v.isNewerThan(MigrationVersion.fromVersion("0"))
                                    && wanted.isNewerThan(v))
                            .max(Comparator.naturalOrder())
                            .orElseThrow();
                }
                configuration.target(version).load().migrate();
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("reset search_path");
                }
                connection.setAutoCommit(true);
            }
        }
    }

    private String q(String sql) {
        return sql.replace("§", SCHEMA + ".");
    }

    private long finding(long contract, String conflict, String rule, String confidence, String status) {
        long id = db.sql(q("""
                insert into §finding (contract_id, person_kind, person_id, rule, confidence, path, explanation, status,
                  updated_by, fingerprint)
                values (?, 'RELATIVE', 7, ?, ?, '[]'::jsonb, ?, ?, 'system', ?) returning id"""))
                .params(contract, rule, confidence, "Объяснение по " + rule, status, conflict + "|" + rule)
                .query(Long.class)
                .single();
        db.sql(
                        q(
                                "insert into §finding_event (finding_id, username, kind, status) values (?, 'system', 'FOUND', 'NEW')"))
                .param(id)
                .update();
        return id;
    }

    private void decide(long finding, String status) {
        db.sql(
                        q(
                                "insert into §finding_event (finding_id, username, kind, status, text) values (?, 'ugh.officer', 'STATUS', ?, 'решение')"))
                .params(finding, status)
                .update();
    }

    private String row(long id) {
        return db.sql(q("select array_to_string(rules, ',') || ' ' || rule || ' ' || confidence || ' ' || status"
                        + " || ' ' || fingerprint from §finding where id = ?"))
                .param(id)
                .query(String.class)
                .single();
    }

    private List<String> events(long id) {
        return db.sql(q("select kind || ':' || username || ':' || coalesce(text, '') from §finding_event"
                        + " where finding_id = ? order by id"))
                .param(id)
                .query(String.class)
                .list();
    }

    @Test
    void findingsMadeOnePerRuleAreMergedIntoOnePerConflictKeepingTheOneAHumanActedOn() throws SQLException {
        db = JdbcClient.create(dataSource);
        jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
        migrate("23.20", true);

        long imported = db.sql(q("""
                insert into §procurement_import (file_name, kind, documents, imported_by)
                values ('c.xml', 'CONTRACTS', 1, 'test') returning id""")).query(Long.class).single();
        long contract = db.sql(q("""
                insert into §contract (reg_num, customer_inn, suppliers, import_id)
                values ('3402700000026000077', '4027000000', '[]'::jsonb, ?) returning id""")).param(imported).query(Long.class).single();
        db.sql(q("""
                insert into §contract_check (contract_id, checked_at, registers_version, people_version, outcome, findings)
                values (?, now(), 1, 1, 'CHECKED', 7)""")).param(contract).update();
        String reg = "3402700000026000077";
        // dismissed under 44-ФЗ by an officer, new under 273-ФЗ: one conflict, the dismissal kept
        long dismissed = finding(contract, reg + "|E1|R7", "44fz_31_1_9", "MEDIUM", "DISMISSED");
        decide(dismissed, "DISMISSED");
        long sameConflictNew = finding(contract, reg + "|E1|R7", "273fz_10", "HIGH", "NEW");
        // new under 44-ФЗ, confirmed under 273-ФЗ: the confirmation kept, 44-ФЗ still the primary rule
        long fresh = finding(contract, reg + "|E2|R8", "44fz_31_1_9", "HIGH", "NEW");
        long confirmed = finding(contract, reg + "|E2|R8", "273fz_10", "HIGH", "CONFIRMED");
        decide(confirmed, "CONFIRMED");
        // new under 44-ФЗ, gone under 273-ФЗ: the rule a re-check no longer found is not listed
        long stillFound = finding(contract, reg + "|E3|R9", "44fz_31_1_9", "HIGH", "NEW");
        long gone = finding(contract, reg + "|E3|R9", "273fz_10", "HIGH", "GONE");
        // one rule only: just its fingerprint changes
        long alone = finding(contract, reg + "|E4|E4", "shared_contact", "MEDIUM", "NEW");

        migrate("23.20", false);

        assertThat(db.sql(q("select id from §finding order by id"))
                        .query(Long.class)
                        .list())
                .containsExactly(dismissed, confirmed, stillFound, alone);
        assertThat(row(dismissed)).isEqualTo("44fz_31_1_9,273fz_10 44fz_31_1_9 HIGH DISMISSED " + reg + "|E1|R7");
        assertThat(row(confirmed)).isEqualTo("44fz_31_1_9,273fz_10 44fz_31_1_9 HIGH CONFIRMED " + reg + "|E2|R8");
        assertThat(row(stillFound)).isEqualTo("44fz_31_1_9 44fz_31_1_9 HIGH NEW " + reg + "|E3|R9");
        assertThat(row(alone)).isEqualTo("shared_contact shared_contact MEDIUM NEW " + reg + "|E4|E4");

        assertThat(events(dismissed))
                .containsExactly(
                        "FOUND:system:",
                        "STATUS:ugh.officer:решение",
                        "FOUND:system:",
                        "MERGED:system:" + sameConflictNew);
        assertThat(events(confirmed)).hasSize(4).last().isEqualTo("MERGED:system:" + fresh);
        assertThat(db.sql(q("select explanation from §finding where id = ?"))
                        .param(confirmed)
                        .query(String.class)
                        .single())
                .isEqualTo("Объяснение по 44fz_31_1_9\n\nОбъяснение по 273fz_10");
        assertThat(db.sql(q("select merged_id || '>' || finding_id from §finding_merged order by merged_id"))
                        .query(String.class)
                        .list())
                .containsExactly(sameConflictNew + ">" + dismissed, fresh + ">" + confirmed, gone + ">" + stillFound);
        assertThat(db.sql(q("select findings from §contract_check"))
                        .query(Integer.class)
                        .single())
                .as("the check counts conflicts")
                .isEqualTo(4);
    }
}
