package ru.probity.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key that seals the second factors' secrets and hashes their recovery codes: 256 random bits
 * in {@code probity.accounts.two-factor-key-file} (default {@code <data-dir>/keys/two-factor.key},
 * mode 600, created on first use), outside the database, so a copy of the database alone can
 * neither make codes nor test recovery codes.
 */
@Component
class TwoFactorKey {

    private static final int NONCE = 12;

    private final Path file;
    private volatile byte[] key;

    TwoFactorKey(@Value("${probity.accounts.two-factor-key-file:${probity.data-dir}/keys/two-factor.key}") Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    byte[] seal(byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE];
            new SecureRandom().nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key(), "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD("probity-two-factor".getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a second factor's secret", e);
        }
    }

    byte[] open(byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE, new SecretKeySpec(key(), "AES"), new GCMParameterSpec(128, sealed, 0, NONCE));
            cipher.updateAAD("probity-two-factor".getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(sealed, NONCE, sealed.length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A second factor's secret does not open with the key in " + file, e);
        }
    }

    /** An HMAC of a recovery code (the codes are random; the key keeps a database copy from testing them). */
    String hash(String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(code.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private byte[] key() {
        byte[] loaded = key;
        if (loaded == null) {
            synchronized (this) {
                if (key == null) {
                    key = loadOrCreate();
                }
                loaded = key;
            }
        }
        return loaded;
    }

    private byte[] loadOrCreate() {
        try {
            if (Files.exists(file)) {
                byte[] stored =
                        Base64.getDecoder().decode(Files.readString(file).strip());
                if (stored.length != 32) {
                    throw new IllegalStateException("The two-factor key in " + file + " is not 256 bits");
                }
                return stored;
            }
            Files.createDirectories(file.getParent());
            byte[] created = new byte[32];
            new SecureRandom().nextBytes(created);
            Path temporary = Files.createTempFile(file.getParent(), "two-factor", ".tmp");
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            Files.writeString(temporary, Base64.getEncoder().encodeToString(created));
            try {
                Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                Files.deleteIfExists(temporary);
                throw raced;
            }
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the two-factor key " + file, e);
        }
    }
}
