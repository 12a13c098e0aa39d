package ru.probity.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import ru.probity.platform.StartupProblem;

/**
 * {@code java -jar probity.jar accounts unlock|reset USERNAME}: the way back in for any account,
 * the root administrator's too, from the server's console (issue 14, item 8). {@code unlock} forgets
 * the failed sign-ins; {@code reset} also sets a one-time password, printed once, to be changed at
 * the next sign-in, enables the account and ends its sessions. Both are written to the access log
 * as done from the console. Exit codes: 0 done, 1 no such user, 2 bad arguments, 3 the application
 * could not start.
 */
@Command(
        name = "accounts",
        mixinStandardHelpOptions = true,
        description = "Учётные записи с консоли сервера: снять ограничение входа или выдать одноразовый пароль.",
        subcommands = {AccountsCommand.Unlock.class, AccountsCommand.Reset.class})
public final class AccountsCommand implements Callable<Integer> {

    /** Options of the application ({@code --probity.data-dir=…}), set apart by the launcher. */
    public List<String> springOptions = new ArrayList<>();

    /** The application's main class, set by the launcher (this module does not depend on it). */
    public Class<?> application;

    @Override
    public Integer call() {
        new CommandLine(this).setCommandName("java -jar probity.jar accounts").usage(System.err);
        return 2;
    }

    @Command(
            name = "unlock",
            mixinStandardHelpOptions = true,
            description = "Снять ограничение входа после неудачных попыток (с любого адреса).")
    static final class Unlock implements Callable<Integer> {

        @CommandLine.ParentCommand
        AccountsCommand parent;

        @Parameters(paramLabel = "ПОЛЬЗОВАТЕЛЬ", description = "Имя пользователя")
        String username;

        @Override
        public Integer call() {
            return parent.withAccounts(
                    username,
                    accounts -> accounts.unlockFromConsole(username)
                            .map(account -> "Ограничение входа для «" + account.username() + "» снято."));
        }
    }

    @Command(
            name = "reset",
            mixinStandardHelpOptions = true,
            description = {
                "Выдать одноразовый пароль (пользователь сменит его при входе), включить учётную запись,",
                "снять ограничение входа и завершить все её сеансы."
            })
    static final class Reset implements Callable<Integer> {

        @CommandLine.ParentCommand
        AccountsCommand parent;

        @Parameters(paramLabel = "ПОЛЬЗОВАТЕЛЬ", description = "Имя пользователя")
        String username;

        @Override
        public Integer call() {
            return parent.withAccounts(
                    username,
                    accounts -> accounts.resetFromConsole(username)
                            .map(password ->
                                    "Одноразовый пароль для «" + username + "»: " + password + System.lineSeparator()
                                            + "One-time password for '" + username + "': " + password));
        }
    }

    private int withAccounts(String username, Function<Accounts, Optional<String>> action) {
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .properties(
                            "logging.level.root=WARN",
                            "logging.level.ru.probity=WARN",
                            "spring.main.lazy-initialization=false")
                    .run(springOptions.toArray(String[]::new));
        } catch (Throwable failure) {
            StartupProblem.report(failure);
            return 3;
        }
        try (context) {
            Optional<String> done = action.apply(context.getBean(Accounts.class));
            if (done.isEmpty()) {
                System.err.println("Ошибка: пользователь «" + username + "» не найден");
                return 1;
            }
            System.out.println(done.get());
            return 0;
        }
    }
}
