package ru.probity.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import ru.probity.ProbityApplication;
import ru.probity.access.CurrentUser;
import ru.probity.org.EmployeeForm;
import ru.probity.org.People;

/** The jar's data lives in its data directory: what was added is there after a restart. */
class RestartTest {

    private static ConfigurableApplicationContext start(Path dataDir, String... args) {
        // on the command line: default properties would lose to application.properties' port 8080
        String[] all = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("--server.port=0", "--probity.data-dir=" + dataDir),
                        java.util.Arrays.stream(args))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(ProbityApplication.class).run(all);
    }

    @Test
    void anEmployeeAddedBeforeARestartIsStillThere() throws Exception {
        Path dataDir = Files.createTempDirectory("probity-restart-");
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        long id;
        try (var app = start(dataDir, "--demo")) {
            var officer = app.getBean(UserDetailsService.class).loadUserByUsername("ugh.officer");
            SecurityContextHolder.getContext()
                    .setAuthentication(
                            new UsernamePasswordAuthenticationToken(officer, null, officer.getAuthorities()));
            long organization = app.getBean(JdbcClient.class)
                    .sql("select organization_id from app_user where username = 'ugh.officer'")
                    .query(Long.class)
                    .single();
            id = app.getBean(People.class)
                    .create(
                            CurrentUser.get(),
                            new EmployeeForm(
                                    organization,
                                    "Перезапусков",
                                    "Семён",
                                    "Ильич",
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    "Инженер",
                                    null,
                                    null,
                                    false,
                                    false,
                                    false,
                                    false,
                                    false,
                                    null));
        } finally {
            SecurityContextHolder.clearContext();
        }
        try (var app = start(dataDir)) {
            assertThat(app.getBean(JdbcClient.class)
                            .sql("select last_name from employee where id = ?")
                            .param(id)
                            .query(String.class)
                            .single())
                    .isEqualTo("Перезапусков");
        }
    }
}
