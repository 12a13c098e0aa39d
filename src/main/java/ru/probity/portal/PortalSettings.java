package ru.probity.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public section ({@code probity.portal.*}).
 *
 * @param frameAncestors the sources that may show the public pages in a frame (the CSP directive
 *     {@code frame-ancestors} of {@code /public/**}): {@code 'self'} by default; a municipality that
 *     embeds its section lists its website, e.g. {@code 'self' https://www.kaluga-gov.ru}
 *     (docs/portal.md «Embedding»)
 */
@ConfigurationProperties("probity.portal")
public record PortalSettings(@DefaultValue("'self'") String frameAncestors) {

    public PortalSettings {
        if (frameAncestors == null || frameAncestors.isBlank()) {
            frameAncestors = "'self'";
        }
        if (!frameAncestors.matches("[A-Za-z0-9'*:/.\\- ]+")) {
            throw new IllegalArgumentException(
                    "probity.portal.frame-ancestors: only sources separated by spaces, e.g. 'self' https://example.org");
        }
        frameAncestors = frameAncestors.strip();
    }
}
