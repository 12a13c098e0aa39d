package ru.probity.procurement.fns;

import java.time.Duration;

/**
 * What a register file held.
 *
 * @param companies legal entities read (ЕГРЮЛ documents or CSV companies)
 * @param entrepreneurs individual entrepreneurs read
 * @param persons natural persons tied to companies (directors and founders), counted per tie
 * @param legalFounders legal entities among the founders (Russian and foreign)
 * @param skippedFounders founders of other kinds not taken into the model (a unit investment fund,
 *     the Russian Federation, a region or a municipality, an investment partnership)
 * @param bytes bytes read from the input
 * @param took the time the read took, with the callbacks
 */
public record ReadSummary(
        int companies,
        int entrepreneurs,
        int persons,
        int legalFounders,
        int skippedFounders,
        long bytes,
        Duration took) {

    /** Megabytes (10^6 bytes) per second. */
    public double megabytesPerSecond() {
        double seconds = took.toNanos() / 1e9;
        return seconds == 0 ? 0 : bytes / 1e6 / seconds;
    }

    /** Documents (companies and entrepreneurs) per second. */
    public double documentsPerSecond() {
        double seconds = took.toNanos() / 1e9;
        return seconds == 0 ? 0 : (companies + entrepreneurs) / seconds;
    }
}
