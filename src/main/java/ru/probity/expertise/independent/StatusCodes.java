package ru.probity.expertise.independent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The secret code a sender of a conclusion or proposal gets with the receipt, to open its status and
 * the answer later: 20 characters of Crockford's base32 (100 random bits, shown in groups of four).
 * Only its SHA-256 is stored, so the code cannot be read back from the database; guessing one is
 * hopeless, so the look-up needs no further throttle.
 */
public final class StatusCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private StatusCodes() {}

    /** A new code, normalized (no dashes). */
    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as shown: groups of four joined by dashes. */
    public static String display(String normalized) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < normalized.length(); i += 4) {
            if (i > 0) {
                shown.append('-');
            }
            shown.append(normalized, i, Math.min(normalized.length(), i + 4));
        }
        return shown.toString();
    }

    /** A typed code: dashes and spaces ignored, any case, O read as 0, I and L as 1; empty if malformed. */
    public static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > 60) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            char d = c == 'O' ? '0' : c == 'I' || c == 'L' ? '1' : c;
            if (ALPHABET.indexOf(d) < 0) {
                return Optional.empty();
            }
            code.append(d);
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }

    /** What is stored of a normalized code. */
    public static byte[] hash(String normalized) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
