package ru.probity.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code spring.datasource.url} the product runs its own PostgreSQL under the data
 * directory; with it, Spring Boot connects to the external server instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "probity";

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(ProbityProperties properties) {
        return EmbeddedPostgresServer.start(properties.dataDir(), properties.embeddedDbUser());
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgresServer server) throws SQLException {
        try (var connection = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "");
                var statement = connection.createStatement();
                var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
            if (!exists.next()) {
                statement.execute("create database " + DATABASE);
            }
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl(DATABASE) + "?reWriteBatchedInserts=true");
        config.setUsername("postgres");
        config.setMaximumPoolSize(20);
        config.setPoolName("probity");
        return new HikariDataSource(config);
    }
}
