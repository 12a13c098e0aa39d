package ru.probity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;
import ru.probity.platform.StartupProblem;

/** Probity: one executable jar that is the whole product. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ProbityApplication {

    public static void main(String[] args) {
        if (BatchCommands.handles(args)) {
            System.exit(BatchCommands.run(args));
        }
        try {
            SpringApplication.run(ProbityApplication.class, args);
        } catch (Throwable failure) {
            StartupProblem.report(failure);
            System.exit(1);
        }
    }
}
