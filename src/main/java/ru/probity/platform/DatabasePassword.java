package ru.probity.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A generated password of a role of the embedded PostgreSQL, kept in a file readable by its owner
 * only (the account the JVM runs as) beside the other key files of the data directory. PostgreSQL
 * itself never reads the file: it is given the SCRAM-SHA-256 verifier, computed here, so the
 * password travels neither on a command line nor in an SQL statement that could end in a log.
 *
 * @param file where the password is kept
 * @param value the password: 256 random bits, base64url (ASCII, so SASLprep leaves it as it is)
 * @param created whether this start created the file (a new password the cluster does not know yet)
 */
record DatabasePassword(Path file, String value, boolean created) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SCRAM_ITERATIONS = 4096;

    /** The password in {@code file}, created with a new random one if the file does not exist. */
    static DatabasePassword loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                String value = Files.readString(file, StandardCharsets.US_ASCII).strip();
                if (value.isEmpty()) {
                    throw new IllegalStateException("The password file " + file + " is empty");
                }
                return new DatabasePassword(file, value, false);
            }
            Path dir = file.getParent();
            if (!Files.exists(dir)) {
                Files.createDirectories(dir);
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            Files.writeString(tmp, value + "\n", StandardCharsets.US_ASCII);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            return new DatabasePassword(file, value, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the database password file " + file, e);
        }
    }

    /** The SCRAM-SHA-256 verifier of the password (RFC 5802/7677), as PostgreSQL stores it. */
    String scramVerifier() {
        try {
            byte[] salt = new byte[16];
            RANDOM.nextBytes(salt);
            byte[] salted = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(value.toCharArray(), salt, SCRAM_ITERATIONS, 256))
                    .getEncoded();
            byte[] clientKey = hmac(salted, "Client Key");
            byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(clientKey);
            byte[] serverKey = hmac(salted, "Server Key");
            var b64 = Base64.getEncoder();
            return "SCRAM-SHA-256$" + SCRAM_ITERATIONS + ":" + b64.encodeToString(salt) + "$"
                    + b64.encodeToString(storedKey) + ":" + b64.encodeToString(serverKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String message) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "DatabasePassword[" + file + "]";
    }
}
