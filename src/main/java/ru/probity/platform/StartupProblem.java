package ru.probity.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.PortInUseException;

/**
 * Turns a failed start into one clear sentence for the person who started the jar: on stderr in
 * Russian and English, and in the log in English.
 */
public final class StartupProblem {

    private static final Logger log = LoggerFactory.getLogger(StartupProblem.class);

    private StartupProblem() {}

    public static void report(Throwable failure) {
        String[] message = describe(failure);
        log.error("Probity failed to start: {}", message[1], failure);
        System.err.println();
        System.err.println("Probity не запущен: " + message[0]);
        System.err.println("Probity failed to start: " + message[1]);
    }

    /** Returns {Russian, English} descriptions of the first recognised cause. */
    static String[] describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PortInUseException port) {
                return new String[] {
                    "порт " + port.getPort() + " уже занят другой программой. Укажите другой: --server.port=8081",
                    "port " + port.getPort() + " is already in use. Choose another with --server.port=8081"
                };
            }
            if (t instanceof DataDirectoryException dir) {
                return new String[] {dir.russianMessage(), dir.getMessage()};
            }
            if (t instanceof ConnectException
                    || (t instanceof SQLException sql
                            && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08"))) {
                return new String[] {
                    "база данных недоступна (" + t.getMessage()
                            + "). Проверьте spring.datasource.url, имя пользователя и пароль.",
                    "the database is unreachable (" + t.getMessage()
                            + "). Check spring.datasource.url and the credentials."
                };
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new String[] {"непредвиденная ошибка: " + root, "unexpected error: " + root};
    }
}
