package ru.probity.platform;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the product itself.
 *
 * @param dataDir where the embedded database and uploaded files live ({@code --probity.data-dir})
 * @param embeddedDbUser the operating-system account the embedded PostgreSQL runs as when the
 *     product is started by root (PostgreSQL refuses to run as root)
 * @param baseUrl the address of Probity the letters link to ({@code probity.base-url})
 * @param mail the letters Probity sends ({@code probity.mail.*})
 * @param events the delivery of events between modules ({@code probity.events.*})
 */
@ConfigurationProperties("probity")
public record ProbityProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("nobody") String embeddedDbUser,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue Mail mail,
        @DefaultValue Events events) {

    /** @param from the sender of the letters ({@code probity.mail.from}) */
    public record Mail(@DefaultValue("probity@localhost") String from) {}

    /**
     * @param retryAfter how old an incomplete event publication is before it is delivered again
     *     ({@code probity.events.retry-after})
     */
    public record Events(@DefaultValue("PT5M") Duration retryAfter) {}
}
