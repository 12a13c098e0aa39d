package ru.probity.agreements;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of agreements ({@code probity.agreements.*}).
 *
 * @param maxFileMb the largest file of an agreement, in megabytes (read bounded through {@code
 *     platform.UploadLimits}, within {@code probity.uploads.max-request})
 * @param maxFiles the most files an agreement keeps
 */
@ConfigurationProperties("probity.agreements")
public record AgreementSettings(
        @DefaultValue("30") int maxFileMb,
        @DefaultValue("50") int maxFiles) {

    public long maxFileBytes() {
        return maxFileMb * 1024L * 1024L;
    }
}
