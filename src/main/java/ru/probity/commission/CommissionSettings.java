package ru.probity.commission;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the commission ({@code probity.commission.*}).
 *
 * @param considerWithinDays the term to consider a case, from the day it reaches the commission
 *     (Указ №821 п.18: the meeting no later than 20 days after the information arrived)
 * @param castingVote whether the presiding member's vote decides a tie. The federal model (Указ №821:
 *     a simple majority of those present) has none, so by default a tie fails; set {@code true} only
 *     where the municipal act on the commission gives the presiding member the casting vote
 */
@ConfigurationProperties("probity.commission")
public record CommissionSettings(
        @DefaultValue("20") int considerWithinDays,
        @DefaultValue("false") boolean castingVote) {}
