package ru.probity.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.PortInUseException;

class StartupProblemTest {

    @Test
    void aTakenPortIsExplainedWithTheOptionToChooseAnother() {
        String[] message = StartupProblem.describe(new IllegalStateException(new PortInUseException(8080)));
        assertThat(message[0]).contains("порт 8080 уже занят").contains("--server.port");
        assertThat(message[1]).contains("port 8080 is already in use");
    }

    @Test
    void anUnreachableDatabaseIsExplained() {
        String[] message = StartupProblem.describe(new RuntimeException(new ConnectException("Connection refused")));
        assertThat(message[0]).contains("база данных недоступна").contains("spring.datasource.url");
    }

    @Test
    void aDataDirectoryProblemKeepsItsOwnMessage() {
        var problem = new DataDirectoryException("dir is bad", "каталог плохой", null);
        assertThat(StartupProblem.describe(new RuntimeException(problem)))
                .containsExactly("каталог плохой", "dir is bad");
    }
}
