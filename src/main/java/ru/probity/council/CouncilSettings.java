package ru.probity.council;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the interdepartmental council ({@code probity.council.*}).
 *
 * @param maxFileMb the largest material of a meeting or file of a report, in megabytes (read bounded
 *     through {@code platform.UploadLimits}, within {@code probity.uploads.max-request})
 * @param maxFiles the most files a meeting keeps (its materials and the files of the reports)
 * @param reviewDays the days the secretary takes to accept or return a report, for «Мои задачи»
 */
@ConfigurationProperties("probity.council")
public record CouncilSettings(
        @DefaultValue("20") int maxFileMb,
        @DefaultValue("100") int maxFiles,
        @DefaultValue("10") int reviewDays) {

    public long maxFileBytes() {
        return maxFileMb * 1024L * 1024L;
    }
}
