package ru.probity.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second factors' key after its file moved to the sealing module's {@code KeyFile}: a key file
 * and a secret written before (Base64 without a line break; nonce and ciphertext) still open, a
 * recovery code hashes the same, and a new key file is the owner's only.
 */
class TwoFactorKeyTest {

    @TempDir
    Path dir;

    @Test
    void aKeyFileAndASecretWrittenBeforeStillOpen() throws Exception {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) i;
        }
        Path file = dir.resolve("two-factor.key");
        Files.writeString(file, Base64.getEncoder().encodeToString(key));
        TwoFactorKey twoFactor = new TwoFactorKey(file);
        byte[] sealed = HexFormat.of()
                .parseHex("87f82b4fb9fc12b26b4bab8cff2a3af2b58757d303cddfe285f87a2d1d38934226ed4898edaa6642ffeecd5b");
        assertThat(new String(twoFactor.open(sealed), StandardCharsets.US_ASCII))
                .isEqualTo("JBSWY3DPEHPK3PXP");
        assertThat(twoFactor.hash("abcde12345")).isEqualTo("0wPclzzk+Okdj2NsOUsd/GPyEWCpOxw2CiGnXLnhvuU=");
        byte[] again = twoFactor.seal("секрет".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(twoFactor.open(again), StandardCharsets.UTF_8)).isEqualTo("секрет");
        again[again.length - 1] ^= 1;
        assertThatThrownBy(() -> twoFactor.open(again))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void aNewKeyFileHoldsTwoHundredFiftySixBitsForItsOwnerOnly() throws Exception {
        Path file = dir.resolve("keys/two-factor.key");
        TwoFactorKey twoFactor = new TwoFactorKey(file);
        byte[] sealed = twoFactor.seal(new byte[] {1, 2, 3});
        assertThat(Files.getPosixFilePermissions(file))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        assertThat(new TwoFactorKey(file).open(sealed)).containsExactly(1, 2, 3);
        Files.writeString(file, Base64.getEncoder().encodeToString(new byte[16]));
        assertThatThrownBy(() -> new TwoFactorKey(file).hash("x")).hasMessageContaining("is not 256 bits");
    }
}
