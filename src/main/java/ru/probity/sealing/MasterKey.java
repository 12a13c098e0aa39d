package ru.probity.sealing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key-encryption key (KEK) of one module, derived once per process. The secret comes from
 * outside the database: the module's {@code probity.<module>.passphrase} or, without it, its key
 * file ({@code probity.<module>.master-key-file}, by default {@code
 * <data-dir>/keys/<module>-master.key}, created by {@link KeyFile} on first use). PBKDF2 turns it
 * into the KEK with the salt and iterations of the module's {@link Keyring}; the keyring's check
 * value — the bytes {@code probity-<module>-keyring} sealed under the KEK with the context {@code
 * keyring-check} — refuses a wrong secret with a clear message.
 */
public final class MasterKey {

    private static final Logger log = LoggerFactory.getLogger(MasterKey.class);
    private static final String CHECK_CONTEXT = "keyring-check";

    /**
     * Where a module's secret comes from and how hard it is derived: the passphrase (blank: none),
     * else the key file; the iterations of a new keyring (an existing one keeps its own).
     */
    public record Settings(String passphrase, Path keyFile, int kdfIterations) {

        /** The settings with the default key file {@code <dataDir>/keys/<module>-master.key} when none is set. */
        public static Settings of(String passphrase, Path keyFile, int kdfIterations, Path dataDir, String module) {
            return new Settings(
                    passphrase == null ? "" : passphrase,
                    (keyFile != null ? keyFile : dataDir.resolve("keys").resolve(module + "-master.key"))
                            .toAbsolutePath()
                            .normalize(),
                    kdfIterations);
        }
    }

    private final String module;
    private final Settings settings;
    private final Keyring keyring;
    private final byte[] check;
    private volatile byte[] kek;

    /** {@code module}: the module's name as in its settings ({@code reports}, {@code declarations}). */
    public MasterKey(String module, Settings settings, Keyring keyring) {
        this.module = module;
        this.settings = settings;
        this.keyring = keyring;
        this.check = ("probity-" + module + "-keyring").getBytes(StandardCharsets.US_ASCII);
    }

    /** The key-encryption key; the first call unlocks it (and sets the keyring up on a new database). */
    public byte[] kek() {
        byte[] key = kek;
        if (key == null) {
            synchronized (this) {
                if (kek == null) {
                    kek = unlock();
                }
                key = kek;
            }
        }
        return key;
    }

    private byte[] unlock() {
        char[] secret = secret();
        try {
            byte[][] made = new byte[2][]; // the salt and the key of the entry this process made, if stored
            Keyring.Entry entry = keyring.entry(() -> {
                byte[] salt = Sealing.randomBytes(16);
                byte[] derived = Sealing.deriveKey(secret, salt, settings.kdfIterations());
                made[0] = salt;
                made[1] = derived;
                return new Keyring.Entry(salt, settings.kdfIterations(), Sealing.seal(derived, check, CHECK_CONTEXT));
            });
            byte[] derived = made[0] != null && Arrays.equals(made[0], entry.salt())
                    ? made[1]
                    : Sealing.deriveKey(secret, entry.salt(), entry.iterations());
            try {
                if (!MessageDigest.isEqual(check, Sealing.open(derived, entry.checkValue(), CHECK_CONTEXT))) {
                    throw new IllegalStateException();
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException("The " + module + "' secret does not match the one the database was"
                        + " set up with (probity." + module + ".passphrase or " + settings.keyFile() + "): " + module
                        + " cannot be read with it");
            }
            return derived;
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private char[] secret() {
        if (!settings.passphrase().isBlank()) {
            return settings.passphrase().toCharArray();
        }
        Path file = settings.keyFile();
        try {
            if (KeyFile.createIfAbsent(file, module + "-master")) {
                log.warn(
                        "Created the master key of the {} at {}: keep it apart from database backups and back it up"
                                + " separately; without it nothing of the {} can be read",
                        module,
                        file,
                        module);
            }
            return KeyFile.read(file).toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the " + module + "' master key file " + file, e);
        }
    }
}
