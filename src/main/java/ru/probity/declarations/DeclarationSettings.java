package ru.probity.declarations;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import ru.probity.declarations.checks.Checks;

/**
 * The settings of the declarations ({@code probity.declarations.*}, docs/declarations.md). The
 * secret of the keys ({@code passphrase}, {@code master-key-file}, {@code kdf-iterations}) is read
 * by the keys themselves.
 *
 * @param incomeJumpFactor the check {@code INCOME_JUMP} fires when an income grew more than this many times
 * @param maxFileMb the largest scan of a signed original, in megabytes
 * @param maxFiles the scans of one declaration version
 * @param remindDaysBefore the e-mail reminder goes when the term is within this many days
 */
@ConfigurationProperties("probity.declarations")
public record DeclarationSettings(
        @DefaultValue("3") BigDecimal incomeJumpFactor,
        @DefaultValue("10") int maxFileMb,
        @DefaultValue("10") int maxFiles,
        @DefaultValue("14") int remindDaysBefore) {

    /** The settings of the checks. */
    Checks.Settings checks() {
        return new Checks.Settings(incomeJumpFactor);
    }

    long maxFileBytes() {
        return maxFileMb * 1024L * 1024L;
    }
}
