package ru.probity.civil;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the civil society area ({@code probity.civil.*}).
 *
 * @param maxFileMb the largest file of an activity's results or a discussion's minutes, in megabytes
 *     (read bounded through {@code platform.UploadLimits}, within {@code probity.uploads.max-request})
 * @param maxFiles the most files an activity keeps
 * @param maxQuestionsPerParticipant the most questions sent in advance under one e-mail or phone
 */
@ConfigurationProperties("probity.civil")
public record CivilSettings(
        @DefaultValue("20") int maxFileMb,
        @DefaultValue("20") int maxFiles,
        @DefaultValue("5") int maxQuestionsPerParticipant) {

    public long maxFileBytes() {
        return maxFileMb * 1024L * 1024L;
    }
}
