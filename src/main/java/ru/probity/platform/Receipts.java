package ru.probity.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Receipt codes: 20 characters of Crockford's base32 — 100 bits of entropy — shown in five groups
 * of four ({@code 7KQ2-M9XD-…}). Typing is forgiving: case, spaces and dashes do not matter, and
 * O/I/L read as 0/1/1, as Crockford's alphabet intends. Plain Java: the receipts of citizens' reports
 * and the status codes of conclusions and proposals sent to a draft's public expertise.
 */
public final class Receipts {

    public static final int LENGTH = 20;
    public static final int BITS = LENGTH * 5;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Receipts() {}

    /** A new receipt in its normalized form (20 characters, no dashes). */
    public static String newReceipt() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The normalized code in groups of four, for showing. */
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

    /** What the reporter typed, normalized; empty if it cannot be a receipt. */
    public static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == ' ' || c == '-' || c == '\t') {
                continue;
            }
            char mapped = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(mapped) < 0) {
                return Optional.empty();
            }
            code.append(mapped);
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }

    /** What is stored of a normalized code (its SHA-256), where only the holder may know the code. */
    public static byte[] hash(String normalized) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
