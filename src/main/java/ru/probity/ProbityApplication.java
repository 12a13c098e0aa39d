package ru.probity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;
import ru.probity.platform.RegionTime;
import ru.probity.platform.StartupProblem;

/** Probity: one executable jar that is the whole product. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ProbityApplication {

    public static void main(String[] args) {
        // Pages, letters and documents show the region's local time, whatever the server's clock is set to:
        // Moscow time by default (Kaluga); another region sets PROBITY_TIME_ZONE, e.g. Asia/Yekaterinburg.
        try {
            RegionTime.applyToJvm(args);
        } catch (IllegalArgumentException unknownZone) {
            System.err.println("Неизвестный часовой пояс в " + RegionTime.ENVIRONMENT + " / " + RegionTime.PROPERTY
                    + " (пример: Asia/Yekaterinburg) / " + unknownZone.getMessage());
            System.exit(2);
        }
        if (BatchCommands.unknown(args)) {
            System.err.println("Неизвестная команда «" + args[0] + "» / unknown command '" + args[0] + "'");
            System.err.println(BatchCommands.USAGE);
            System.exit(2);
        }
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
