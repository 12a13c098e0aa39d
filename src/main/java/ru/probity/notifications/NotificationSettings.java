package ru.probity.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import ru.probity.notifications.model.ReviewTerm;

/**
 * Settings of notifications ({@code probity.notifications.*}).
 *
 * @param reviewWorkingDays the term of the preliminary review with its motivated conclusion, in
 *     working days from the day the notification was received (Указ №821)
 * @param reviewDaysWithRequests the term when the reviewer sends requests, in days from receipt
 *     (Указ №821: 45)
 * @param reviewMaxExtensionDays how far that term may be extended, once (Указ №821: 30)
 * @param giftAssetCommission the name of the organizational unit that values and keeps gifts — the
 *     commission on receipt and disposal of assets (ПП РФ №10); blank: its generic name
 * @param maxFileMb the largest file a notification takes, in megabytes
 * @param maxFiles how many files one upload takes
 */
@ConfigurationProperties("probity.notifications")
public record NotificationSettings(
        @DefaultValue("7") int reviewWorkingDays,
        @DefaultValue("45") int reviewDaysWithRequests,
        @DefaultValue("30") int reviewMaxExtensionDays,
        @DefaultValue("") String giftAssetCommission,
        @DefaultValue("10") int maxFileMb,
        @DefaultValue("5") int maxFiles) {

    /** The review's terms as the rules count them. */
    public ReviewTerm reviewTerm() {
        return new ReviewTerm(reviewWorkingDays, reviewDaysWithRequests, reviewMaxExtensionDays);
    }

    /** The largest file in bytes. */
    public long maxFileBytes() {
        return maxFileMb * 1024L * 1024L;
    }
}
