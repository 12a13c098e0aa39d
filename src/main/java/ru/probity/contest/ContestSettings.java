package ru.probity.contest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of the contests ({@code probity.contest.*}).
 *
 * @param maxFileMb the largest file of a work or of a scanned consent
 * @param maxFiles the most files of a work one application carries
 */
@ConfigurationProperties("probity.contest")
record ContestSettings(
        @DefaultValue("10") int maxFileMb,
        @DefaultValue("5") int maxFiles) {

    long maxFileBytes() {
        return maxFileMb * 1024L * 1024L;
    }
}
