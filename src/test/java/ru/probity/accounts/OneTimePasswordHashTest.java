package ru.probity.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The fast hash of generated one-time passwords, as the application's encoder reads it. */
class OneTimePasswordHashTest {

    private final PasswordEncoder encoder = new SecurityConfiguration().passwordEncoder();

    @Test
    void theStoredFormMatchesOnlyItsPasswordAndIsSalted() {
        String password = Accounts.oneTimePassword();
        String stored = OneTimePasswordHash.of(password);
        assertThat(stored).startsWith("{otp-sha256}").doesNotContain(password);
        assertThat(encoder.matches(password, stored)).isTrue();
        assertThat(encoder.matches(password + "x", stored)).isFalse();
        assertThat(encoder.matches(Accounts.oneTimePassword(), stored)).isFalse();
        assertThat(OneTimePasswordHash.of(password)).isNotEqualTo(stored);
        assertThat(encoder.matches(password, "{otp-sha256}not-hex")).isFalse();
    }

    @Test
    void aPasswordAPersonChoosesIsStillHashedWithArgon2() {
        assertThat(encoder.encode("Sunflower-harbour-48-quietly")).startsWith("{argon2}");
    }
}
