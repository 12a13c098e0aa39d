package ru.probity.procurement;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the company registers ({@code probity.registers.*}).
 *
 * @param officialFeedAccounts the accounts whose register files are the official feed, region-wide
 *     at once like the regional administrator's (comma-separated usernames; none by default)
 */
@ConfigurationProperties("probity.registers")
record RegisterSettings(@DefaultValue("") String officialFeedAccounts) {

    /** The official feed accounts, lower case. */
    Set<String> officialFeeds() {
        return Arrays.stream(officialFeedAccounts.split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .map(name -> name.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}
