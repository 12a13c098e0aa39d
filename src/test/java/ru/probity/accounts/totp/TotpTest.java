package ru.probity.accounts.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238, Appendix B: the SHA-1 test vectors (8 digits). */
    @Test
    void theRfcTestVectors() {
        long[][] vectors = {
            {59L, 94287082L}, {1111111109L, 7081804L}, {1111111111L, 14050471L},
            {1234567890L, 89005924L}, {2000000000L, 69279037L}, {20000000000L, 65353130L}
        };
        for (long[] vector : vectors) {
            long step = Totp.step(Instant.ofEpochSecond(vector[0]));
            assertThat(Totp.code(RFC_SECRET, step, 8, "HmacSHA1")).isEqualTo(String.format("%08d", vector[1]));
        }
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideAndNeverTwice() {
        byte[] secret = Totp.newSecret();
        Instant now = Instant.parse("2026-12-07T10:00:15Z");
        long step = Totp.step(now);
        assertThat(Totp.verify(secret, Totp.code(secret, step - 1), now, 0)).hasValue(step - 1);
        assertThat(Totp.verify(secret, Totp.code(secret, step + 1), now, 0)).hasValue(step + 1);
        assertThat(Totp.verify(secret, Totp.code(secret, step - 2), now, 0)).isEmpty();
        assertThat(Totp.verify(secret, Totp.code(secret, step), now, step)).isEmpty();
        String spaced = Totp.code(secret, step).substring(0, 3) + " "
                + Totp.code(secret, step).substring(3);
        assertThat(Totp.verify(secret, spaced, now, 0)).hasValue(step);
        assertThat(Totp.verify(secret, "abcdef", now, 0)).isEmpty();
        assertThat(Totp.verify(secret, null, now, 0)).isEmpty();
    }

    @Test
    void theUriCarriesTheSecretForTheApps() {
        byte[] secret = new byte[20];
        assertThat(Totp.uri("Probity", "ivanov.i", secret))
                .startsWith("otpauth://totp/Probity:ivanov.i?secret=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA&issuer=Probity")
                .contains("digits=6")
                .contains("period=30");
        assertThat(QrSvg.of(Totp.uri("Probity", "ivanov.i", secret)))
                .startsWith("<svg")
                .contains("<path");
    }
}
