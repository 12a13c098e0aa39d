package ru.probity.accounts;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the very first start without {@code --demo}, when there is no account at all, creates the
 * root of the organization tree and a regional administrator {@code admin} with a one-time random
 * password shown once on the console, so that a fresh installation can be entered.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transaction;

    FirstAdministrator(JdbcClient jdbc, PasswordEncoder encoder, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption("demo")) {
            return;
        }
        String password = transaction.execute(status -> {
            if (jdbc.sql("select count(*) from app_user").query(Integer.class).single() > 0) {
                return null;
            }
            Long rootId = jdbc.sql("select id from organization where parent_id is null order by id limit 1")
                    .query(Long.class)
                    .optional()
                    .orElseGet(() -> {
                        long id = jdbc.sql("""
                                insert into organization (path, kind, name, created_by, updated_by)
                                values ('', 'REGION', 'Регион', 'system', 'system') returning id""").query(Long.class).single();
                        jdbc.sql("update organization set path = '/' || id || '/' where id = ?")
                                .param(id)
                                .update();
                        return id;
                    });
            String generated = randomPassword();
            jdbc.sql("""
                    insert into app_user (username, password_hash, full_name, role, organization_id, created_by)
                    values ('admin', ?, 'Администратор', 'REGIONAL_ADMIN', ?, 'system')""").params(encoder.encode(generated), rootId).update();
            return generated;
        });
        if (password != null) {
            log.warn("Created the first regional administrator 'admin'; the one-time password is on the console");
            System.out.println();
            System.out.println("Создан администратор регионального органа: admin / " + password);
            System.out.println("First administrator created: admin / " + password + " (change it after signing in)");
            System.out.println();
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.append(random.nextInt(10)).toString();
    }
}
