package ru.probity.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(ProbityProperties properties) {
        return EmbeddedPostgresServer.start(properties.dataDir(), properties.embeddedDbUser());
    }

    /**
     * Flyway and the application connect as the database's owner role, never as the superuser
     * (docs/security.md): it owns the schema, and cannot read the server's files or run
     * programs on the machine ({@code COPY ... TO PROGRAM}).
     */
    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgresServer server) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl(EmbeddedPostgresServer.DATABASE) + "?reWriteBatchedInserts=true");
        config.setUsername(EmbeddedPostgresServer.OWNER);
        config.setPassword(server.ownerPassword());
        config.setMaximumPoolSize(20);
        config.setPoolName("probity");
        return new HikariDataSource(config);
    }
}
