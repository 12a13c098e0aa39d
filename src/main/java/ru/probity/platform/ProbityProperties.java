package ru.probity.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the product itself.
 *
 * @param dataDir where the embedded database and uploaded files live ({@code --probity.data-dir})
 * @param embeddedDbUser the operating-system account the embedded PostgreSQL runs as when the
 *     product is started by root (PostgreSQL refuses to run as root)
 */
@ConfigurationProperties("probity")
public record ProbityProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("nobody") String embeddedDbUser) {}
