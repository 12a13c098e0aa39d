package ru.probity.expertise;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The terms of the municipal procedure of anti-corruption expertise ({@code probity.expertise.*}).
 * Federal law sets no term for the internal expertise (172-ФЗ ст.3 ч.4 leaves the procedure to
 * the body, ПП РФ №96 п.3 of the Правила binds federal bodies only); the defaults are those of the
 * typical municipal procedures (docs/expertise.md «Terms»).
 *
 * @param conclusionWorkingDays the conclusion is due within this many working days of the
 *     registration of the draft or of the upload of a new version ({@code conclusion-working-days}, 10)
 * @param answerWorkingDays the developer answers the findings within this many working days of the
 *     conclusion's registration ({@code answer-working-days}, 10)
 * @param remindDaysBefore the expert and the developer are reminded by e-mail this many days before
 *     the term, and once more when it has passed ({@code remind-days-before}, 2)
 */
@ConfigurationProperties("probity.expertise")
public record ExpertiseSettings(
        @DefaultValue("10") int conclusionWorkingDays,
        @DefaultValue("10") int answerWorkingDays,
        @DefaultValue("2") int remindDaysBefore) {}
