package ru.probity.declarations.checks;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The cryptography of declarations, JDK only: AES-256-GCM with a fresh 96-bit nonce and a context
 * string as associated data (version byte, nonce, ciphertext with tag), and PBKDF2-HMAC-SHA256 to
 * derive the key-encryption key from the master secret. The same primitives as the reports use
 * (docs/decisions/0005-report-encryption.md), kept here because modules may not share internals.
 */
public final class Sealing {

    private static final byte VERSION = 1;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Sealing() {}

    /** Thrown when sealed bytes do not open: wrong key, tampering, or not a sealed value. */
    public static final class SealingException extends RuntimeException {
        public SealingException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** A fresh AES-256 data key. */
    public static byte[] newKey() {
        return randomBytes(32);
    }

    public static byte[] seal(byte[] key, byte[] plain, String context) {
        try {
            byte[] nonce = randomBytes(NONCE);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] encrypted = cipher.doFinal(plain);
            return ByteBuffer.allocate(1 + NONCE + encrypted.length)
                    .put(VERSION)
                    .put(nonce)
                    .put(encrypted)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new SealingException("AES-GCM sealing failed", e);
        }
    }

    public static byte[] open(byte[] key, byte[] sealed, String context) {
        if (sealed.length < 1 + NONCE + TAG_BITS / 8 || sealed[0] != VERSION) {
            throw new SealingException("Not a sealed value", null);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, 1 + NONCE, sealed.length - 1 - NONCE);
        } catch (GeneralSecurityException e) {
            throw new SealingException("Sealed value does not open (wrong key or tampered)", e);
        }
    }

    /** PBKDF2-HMAC-SHA256 → 256-bit key. */
    public static byte[] deriveKey(char[] secret, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(secret, salt, iterations, 256);
            try {
                return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                        .generateSecret(spec)
                        .getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        }
    }
}
