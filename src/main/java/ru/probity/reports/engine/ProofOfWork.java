package ru.probity.reports.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import ru.probity.sealing.Sealing;

/**
 * A hashcash challenge against automated submissions, with no third party: the server issues a
 * signed challenge {@code v1.<random>.<expires>.<bits>.<mac>}; the browser finds a number such
 * that SHA-256 of {@code challenge + ":" + number} starts with {@code bits} zero bits. The
 * challenge carries its own signature, so issuing it stores nothing; the caller remembers spent
 * challenges until they expire.
 */
public final class ProofOfWork {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private ProofOfWork() {}

    public enum Verdict {
        VALID,
        MALFORMED,
        EXPIRED,
        WRONG
    }

    public static String challenge(byte[] key, int bits, Instant expires) {
        String body = "v1." + B64.encodeToString(Sealing.randomBytes(16)) + "." + expires.getEpochSecond() + "." + bits;
        return body + "." + B64.encodeToString(Sealing.hmac(key, body.getBytes(StandardCharsets.UTF_8)));
    }

    /** The number of zero bits the challenge asks for, or -1 if it is malformed. */
    public static int bits(String challenge) {
        String[] parts = challenge == null ? new String[0] : challenge.split("\\.");
        if (parts.length != 5) {
            return -1;
        }
        try {
            return Integer.parseInt(parts[3]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** When the challenge expires, or null if it is malformed (its signature is not checked here). */
    public static Instant expires(String challenge) {
        String[] parts = challenge == null ? new String[0] : challenge.split("\\.");
        if (parts.length != 5) {
            return null;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(parts[2]));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }

    public static Verdict verify(byte[] key, String challenge, String solution, Instant now) {
        if (challenge == null || solution == null || challenge.length() > 200 || solution.length() > 20) {
            return Verdict.MALFORMED;
        }
        String[] parts = challenge.split("\\.");
        if (parts.length != 5 || !parts[0].equals("v1")) {
            return Verdict.MALFORMED;
        }
        String body = String.join(".", parts[0], parts[1], parts[2], parts[3]);
        byte[] mac = Sealing.hmac(key, body.getBytes(StandardCharsets.UTF_8));
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(parts[4]);
        } catch (IllegalArgumentException e) {
            return Verdict.MALFORMED;
        }
        if (!MessageDigest.isEqual(mac, given)) {
            return Verdict.MALFORMED;
        }
        long expires;
        int bits;
        try {
            expires = Long.parseLong(parts[2]);
            bits = Integer.parseInt(parts[3]);
        } catch (NumberFormatException e) {
            return Verdict.MALFORMED;
        }
        if (now.getEpochSecond() > expires) {
            return Verdict.EXPIRED;
        }
        return leadingZeroBits(sha256(challenge + ":" + solution)) >= bits ? Verdict.VALID : Verdict.WRONG;
    }

    /** Finds a solution (what the browser's script does); for tests and load generators. */
    public static String solve(String challenge) {
        int bits = bits(challenge);
        for (long n = 0; ; n++) {
            if (leadingZeroBits(sha256(challenge + ":" + n)) >= bits) {
                return Long.toString(n);
            }
        }
    }

    static int leadingZeroBits(byte[] hash) {
        int zeros = 0;
        for (byte b : hash) {
            if (b == 0) {
                zeros += 8;
                continue;
            }
            return zeros + Integer.numberOfLeadingZeros(b & 0xff) - 24;
        }
        return zeros;
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
