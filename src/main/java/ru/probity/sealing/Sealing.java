package ru.probity.sealing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The cryptography of what is sealed at rest, JDK only (docs/decisions/0005-report-encryption.md).
 * One implementation for every module; the stored formats are those the reports and the
 * declarations wrote before they shared it, so everything sealed earlier still opens.
 *
 * <ul>
 *   <li>{@link #seal}: AES-256-GCM with a fresh 96-bit nonce and a context string as associated
 *       data, stored as version byte 1, nonce, ciphertext with tag; a report's fields under the
 *       report's data key, a declaration's content and files under its own, the private keys and
 *       data keys under a module's key-encryption key;
 *   <li>{@link #sealBare}: the same without the version byte (nonce, ciphertext with tag), the
 *       format of the second factors' secrets;
 *   <li>{@link #wrap}: a data key wrapped for an X25519 public key — an ephemeral X25519 key
 *       agreement, HKDF-SHA256, AES-256-GCM (ECIES); only the public key is needed to seal;
 *   <li>{@link #deriveKey}: PBKDF2-HMAC-SHA256, the key-encryption key from a secret kept outside
 *       the database ({@link MasterKey}).
 * </ul>
 */
public final class Sealing {

    private static final byte VERSION = 1;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final int X25519_X509_LENGTH = 44;
    /** The info of the wrapping key's HKDF: the reports' name, kept because wrapped keys are stored. */
    private static final String WRAP_INFO = "probity-report-data-key";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Sealing() {}

    /** Thrown when sealed bytes do not open: wrong key, tampering, or not a sealed value. */
    public static final class SealingException extends RuntimeException {
        public SealingException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static KeyPair newKeyPair() {
        try {
            return KeyPairGenerator.getInstance("X25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("X25519 is not available in this JDK", e);
        }
    }

    public static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** A fresh AES-256 data key (one per report, one per declaration). */
    public static byte[] newDataKey() {
        return randomBytes(32);
    }

    public static PublicKey publicKey(byte[] x509) {
        try {
            return KeyFactory.getInstance("X25519").generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException e) {
            throw new SealingException("Not an X25519 public key", e);
        }
    }

    public static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance("X25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new SealingException("Not an X25519 private key", e);
        }
    }

    /** Wraps a data key for the holder of the private key matching {@code recipient}. */
    public static byte[] wrap(byte[] dataKey, PublicKey recipient) {
        KeyPair ephemeral = newKeyPair();
        byte[] ephemeralPublic = ephemeral.getPublic().getEncoded();
        byte[] kek = agree(ephemeral.getPrivate(), recipient, ephemeralPublic);
        byte[] sealed = seal(kek, dataKey, "data-key");
        Arrays.fill(kek, (byte) 0);
        return ByteBuffer.allocate(ephemeralPublic.length + sealed.length)
                .put(ephemeralPublic)
                .put(sealed)
                .array();
    }

    /** Unwraps a data key wrapped by {@link #wrap}. */
    public static byte[] unwrap(byte[] wrapped, PrivateKey holder) {
        if (wrapped.length <= X25519_X509_LENGTH) {
            throw new SealingException("Wrapped key too short", null);
        }
        byte[] ephemeralPublic = Arrays.copyOf(wrapped, X25519_X509_LENGTH);
        byte[] kek = agree(holder, publicKey(ephemeralPublic), ephemeralPublic);
        try {
            return open(kek, Arrays.copyOfRange(wrapped, X25519_X509_LENGTH, wrapped.length), "data-key");
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    private static byte[] agree(PrivateKey own, PublicKey other, byte[] ephemeralPublic) {
        try {
            KeyAgreement agreement = KeyAgreement.getInstance("X25519");
            agreement.init(own);
            agreement.doPhase(other, true);
            byte[] shared = agreement.generateSecret();
            byte[] key = hkdf(shared, ephemeralPublic, WRAP_INFO);
            Arrays.fill(shared, (byte) 0);
            return key;
        } catch (GeneralSecurityException e) {
            throw new SealingException("X25519 key agreement failed", e);
        }
    }

    /** AES-256-GCM: version byte, nonce, ciphertext with tag; {@code context} is authenticated. */
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

    /** AES-256-GCM without the version byte: nonce, ciphertext with tag; {@code context} is authenticated. */
    public static byte[] sealBare(byte[] key, byte[] plain, String context) {
        byte[] sealed = seal(key, plain, context);
        return Arrays.copyOfRange(sealed, 1, sealed.length);
    }

    /** Opens a value sealed by {@link #sealBare}. */
    public static byte[] openBare(byte[] key, byte[] sealed, String context) {
        byte[] versioned = new byte[sealed.length + 1];
        versioned[0] = VERSION;
        System.arraycopy(sealed, 0, versioned, 1, sealed.length);
        return open(key, versioned, context);
    }

    public static byte[] sealText(byte[] key, String text, String context) {
        return seal(key, text.getBytes(StandardCharsets.UTF_8), context);
    }

    public static String openText(byte[] key, byte[] sealed, String context) {
        return new String(open(key, sealed, context), StandardCharsets.UTF_8);
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

    public static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** HKDF-SHA256 (RFC 5869) with one output block: 32 bytes. */
    public static byte[] hkdf(byte[] inputKey, byte[] salt, String info) {
        byte[] prk = hmac(salt.length == 0 ? new byte[32] : salt, inputKey);
        byte[] infoBytes = info.getBytes(StandardCharsets.UTF_8);
        byte[] block = Arrays.copyOf(infoBytes, infoBytes.length + 1);
        block[infoBytes.length] = 1;
        byte[] okm = hmac(prk, block);
        Arrays.fill(prk, (byte) 0);
        return okm;
    }
}
