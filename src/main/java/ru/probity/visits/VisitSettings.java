package ru.probity.visits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of on-site visits ({@code probity.visits.*}).
 *
 * @param maxFileMb the largest evidence file or file of a report of execution, in megabytes (read
 *     bounded through {@code platform.UploadLimits}, within {@code probity.uploads.max-request})
 * @param reviewDays the days the region takes to review a report of execution, for «Мои задачи»
 * @param maxFiles the most files a visit keeps (evidence and the files of the reports of execution)
 */
@ConfigurationProperties("probity.visits")
public record VisitSettings(
        @DefaultValue("20") int maxFileMb,
        @DefaultValue("10") int reviewDays,
        @DefaultValue("200") int maxFiles) {

    public long maxFileBytes() {
        return maxFileMb * 1024L * 1024L;
    }
}
