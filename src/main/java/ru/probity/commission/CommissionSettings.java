package ru.probity.commission;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the commission ({@code probity.commission.*}).
 *
 * @param considerWithinDays the term to consider a case, from the day it reaches the commission
 *     (Указ №821 п.18: the meeting no later than 20 days after the information arrived)
 * @param castingVote whether the presiding member's vote decides a tie ({@code true}, the typical
 *     municipal regulation and the behaviour so far); {@code false} keeps to the wording of Указ №821
 *     alone — a simple majority of those present, a tie fails
 */
@ConfigurationProperties("probity.commission")
public record CommissionSettings(
        @DefaultValue("20") int considerWithinDays,
        @DefaultValue("true") boolean castingVote) {}
