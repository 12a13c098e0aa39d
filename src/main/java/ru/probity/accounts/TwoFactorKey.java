package ru.probity.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import ru.probity.platform.ProbityProperties;
import ru.probity.sealing.KeyFile;
import ru.probity.sealing.Sealing;

/**
 * The key that seals the second factors' secrets and hashes their recovery codes: 256 random bits
 * in {@code probity.accounts.two-factor-key-file} (default {@code <data-dir>/keys/two-factor.key},
 * mode 600, created on first use by the sealing module's {@link KeyFile}), outside the database, so
 * a copy of the database alone can neither make codes nor test recovery codes. The file holds the
 * key itself (no passphrase, no derivation); secrets are sealed in the bare format (nonce,
 * ciphertext; {@link Sealing#sealBare}).
 */
@Component
class TwoFactorKey {

    private static final String CONTEXT = "probity-two-factor";

    private final Path file;
    private volatile byte[] key;

    @Autowired
    TwoFactorKey(AccountSettings settings, ProbityProperties probity) {
        this(settings.twoFactorKeyFile(probity.dataDir()));
    }

    TwoFactorKey(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    byte[] seal(byte[] plain) {
        return Sealing.sealBare(key(), plain, CONTEXT);
    }

    byte[] open(byte[] sealed) {
        try {
            return Sealing.openBare(key(), sealed, CONTEXT);
        } catch (Sealing.SealingException e) {
            throw new IllegalStateException("A second factor's secret does not open with the key in " + file, e);
        }
    }

    /** An HMAC of a recovery code (the codes are random; the key keeps a database copy from testing them). */
    String hash(String code) {
        return Base64.getEncoder().encodeToString(Sealing.hmac(key(), code.getBytes(StandardCharsets.UTF_8)));
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
            KeyFile.createIfAbsent(file, "two-factor");
            byte[] stored = Base64.getDecoder().decode(KeyFile.read(file));
            if (stored.length != 32) {
                throw new IllegalStateException("The two-factor key in " + file + " is not 256 bits");
            }
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the two-factor key " + file, e);
        }
    }
}
