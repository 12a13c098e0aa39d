package ru.probity.redflags.indicators;

/**
 * What an indicator is, for the pages, the settings and docs/red-flags.md.
 *
 * @param id the stable id (lower case, underscores), the key of its threshold setting
 * @param title the Russian name shown to officers («Единственная заявка»)
 * @param definition the Russian definition: what fires and why it is a risk sign
 * @param source where the indicator and its threshold come from (the law's article, ФАС, Open
 *     Contracting's Cardinal, DOZORRO)
 * @param level what the flag is about: a contract, a customer–supplier pair or a supplier
 * @param defaultThreshold the threshold used unless a setting overrides it
 * @param weight the indicator's weight in the risk score, 0..1
 */
public record IndicatorInfo(
        String id,
        String title,
        String definition,
        String source,
        Level level,
        double defaultThreshold,
        double weight) {

    public enum Level {
        CONTRACT,
        CUSTOMER_SUPPLIER,
        SUPPLIER
    }
}
