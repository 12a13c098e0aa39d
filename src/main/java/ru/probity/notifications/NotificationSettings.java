package ru.probity.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of notifications ({@code probity.notifications.*}).
 *
 * @param reviewWorkingDays the term of the preliminary review with its motivated conclusion, in
 *     working days from registration (Указ №821)
 * @param maxFileMb the largest file a notification takes, in megabytes
 * @param maxFiles how many files one upload takes
 */
@ConfigurationProperties("probity.notifications")
public record NotificationSettings(
        @DefaultValue("7") int reviewWorkingDays,
        @DefaultValue("10") int maxFileMb,
        @DefaultValue("5") int maxFiles) {

    /** The largest file in bytes. */
    public long maxFileBytes() {
        return maxFileMb * 1024L * 1024L;
    }
}
