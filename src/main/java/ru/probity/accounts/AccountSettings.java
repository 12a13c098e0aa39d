package ru.probity.accounts;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the accounts ({@code probity.accounts.*}).
 *
 * @param twoFactorKeyFile where the key sealing the second factors' secrets lives
 *     ({@code probity.accounts.two-factor-key-file}); unset, {@code <data-dir>/keys/two-factor.key}
 */
@ConfigurationProperties("probity.accounts")
record AccountSettings(Path twoFactorKeyFile) {

    /** The key file: the setting, or {@code keys/two-factor.key} in the data directory. */
    Path twoFactorKeyFile(Path dataDir) {
        return twoFactorKeyFile != null
                ? twoFactorKeyFile
                : dataDir.resolve("keys").resolve("two-factor.key");
    }
}
