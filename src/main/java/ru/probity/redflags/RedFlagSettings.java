package ru.probity.redflags;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the red flags ({@code probity.redflags.*}).
 *
 * @param thresholds the threshold of an indicator by its id ({@code
 *     probity.redflags.thresholds.single_bid=1}), over the catalogue's default; an id the catalogue
 *     does not know stops the start (a mistyped setting would silently do nothing)
 * @param highRisk the risk score (0..1) from which a flag's contract counts as high-risk: the
 *     officers' task and the page's highlight
 */
@ConfigurationProperties("probity.redflags")
public record RedFlagSettings(Map<String, Double> thresholds, Double highRisk) {

    public RedFlagSettings {
        thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
        highRisk = highRisk == null ? 0.5 : highRisk;
    }
}
