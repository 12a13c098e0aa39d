package ru.probity.expertise;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of the independent and public expertise of drafts ({@code probity.expertise.*}).
 *
 * @param publicPeriodDays the shortest period a draft stays open for independent and public
 *     expertise, both ends included: the regional or municipal procedure sets it (no federal term for
 *     municipal drafts; 7 days as the federal drafts' customary minimum)
 * @param maxFileMb the largest file of a conclusion (DOCX or PDF)
 * @param maxFiles the most files one conclusion carries
 */
@ConfigurationProperties("probity.expertise")
record PublicExpertiseSettings(
        @DefaultValue("7") int publicPeriodDays,
        @DefaultValue("10") int maxFileMb,
        @DefaultValue("5") int maxFiles) {

    long maxFileBytes() {
        return maxFileMb * 1024L * 1024L;
    }
}
