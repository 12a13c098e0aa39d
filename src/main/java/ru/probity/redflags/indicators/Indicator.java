package ru.probity.redflags.indicators;

import java.util.function.Consumer;

/**
 * One red-flag indicator: a pure rule over the {@link Dataset}. Implementations are stateless and
 * thread-safe; {@link RedFlags} runs them in parallel.
 */
public interface Indicator {

    IndicatorInfo info();

    /**
     * Emits every flag of this indicator on the data.
     *
     * @param threshold the threshold in force (the setting, else {@link IndicatorInfo#defaultThreshold})
     */
    void evaluate(Dataset data, double threshold, Consumer<Flag> out);
}
