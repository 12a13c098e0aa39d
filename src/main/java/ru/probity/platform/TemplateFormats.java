package ru.probity.platform;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/** {@link RussianFormats} for templates: {@code ${@formats.money(amount, currency)}}. */
@Component("formats")
public class TemplateFormats {

    /** {@link RussianFormats#money(BigDecimal, String)}. */
    public String money(BigDecimal amount, String currency) {
        return RussianFormats.money(amount, currency);
    }

    /** {@link RussianFormats#money(BigDecimal)}. */
    public String money(BigDecimal amount) {
        return RussianFormats.money(amount);
    }
}
