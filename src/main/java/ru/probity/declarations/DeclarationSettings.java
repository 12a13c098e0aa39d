package ru.probity.declarations;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import ru.probity.declarations.checks.Checks;

/**
 * The settings of the declarations ({@code probity.declarations.*}, docs/declarations.md).
 *
 * @param incomeJumpFactor the check {@code INCOME_JUMP} fires when an income grew more than this many times
 * @param incomeChangePercent a change of a person's income by at least this many percent against the
 *     previous year is significant ({@code INCOME_CHANGE}, the year-over-year page). The law sets no
 *     figure: 50 is this project's default, for the region to set by its own practice
 * @param maxFileMb the largest scan of a signed original, in megabytes
 * @param maxFiles the scans of one declaration version
 * @param remindDaysBefore the e-mail reminder goes when the term is within this many days
 * @param passphrase the secret the key-encryption key is derived from (empty: a key file is used)
 * @param masterKeyFile the key file when there is no passphrase (default: in the data directory)
 * @param kdfIterations PBKDF2 iterations turning the secret into the key-encryption key
 * @param expenseControl the 230-ФЗ comparison ({@code probity.declarations.expense-control.*})
 */
@ConfigurationProperties("probity.declarations")
public record DeclarationSettings(
        @DefaultValue("3") BigDecimal incomeJumpFactor,
        @DefaultValue("50") BigDecimal incomeChangePercent,
        @DefaultValue("10") int maxFileMb,
        @DefaultValue("10") int maxFiles,
        @DefaultValue("14") int remindDaysBefore,
        @DefaultValue("") String passphrase,
        Path masterKeyFile,
        @DefaultValue("600000") int kdfIterations,
        @DefaultValue ExpenseControl expenseControl) {

    /**
     * The 230-ФЗ comparison of the period's deals with the income of the three years before it.
     *
     * @param minorChildrenFrom from the reporting period that begins on or after this date the
     *     income of the minor children counts too (the 2026 amendment as regional press reports it;
     *     DOMAIN.md: «confirm in the text»); empty, the default: never — the declarant and the
     *     spouse, 230-ФЗ ст.3 ч.1 as written. E.g. {@code 2026-01-01} once the text is confirmed
     */
    public record ExpenseControl(LocalDate minorChildrenFrom) {}

    /** Never prints the passphrase. */
    @Override
    public String toString() {
        return "DeclarationSettings[incomeJumpFactor=" + incomeJumpFactor + ", incomeChangePercent="
                + incomeChangePercent + ", maxFileMb=" + maxFileMb + ", maxFiles="
                + maxFiles + ", remindDaysBefore=" + remindDaysBefore + ", passphrase="
                + (passphrase.isEmpty() ? "" : "***")
                + ", masterKeyFile=" + masterKeyFile + ", kdfIterations=" + kdfIterations
                + ", expenseControl=" + expenseControl + "]";
    }

    /** The settings of the checks. */
    Checks.Settings checks() {
        return new Checks.Settings(
                incomeJumpFactor,
                incomeChangePercent,
                expenseControl == null ? null : expenseControl.minorChildrenFrom());
    }

    long maxFileBytes() {
        return maxFileMb * 1024L * 1024L;
    }
}
