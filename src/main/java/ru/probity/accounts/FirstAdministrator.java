package ru.probity.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.probity.access.Role;
import ru.probity.org.Organizations;

/**
 * On the very first start without {@code --demo}, when there is no account at all, creates the
 * root of the organization tree and a regional administrator {@code admin} with a one-time random
 * password shown once on the console, so that a fresh installation can be entered.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transaction;
    private final Organizations organizations;

    FirstAdministrator(
            AccountStore accounts,
            PasswordEncoder encoder,
            TransactionTemplate transaction,
            Organizations organizations) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.encoder = encoder;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption("demo")) {
            return;
        }
        String password = transaction.execute(status -> {
            if (accounts.count() > 0) {
                return null;
            }
            long rootId = organizations.rootOrCreate("Регион");
            String generated = Accounts.oneTimePassword();
            accounts.create(
                    new NewAccount("admin", "Администратор", Role.REGIONAL_ADMIN, rootId, null, null, true),
                    encoder.encode(generated),
                    "system");
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
}
