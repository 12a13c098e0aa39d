package ru.probity.declarations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import ru.probity.declarations.checks.Sealing;

/**
 * The keys of the declarations, following the reports' pattern: the secret comes from outside the
 * database — {@code probity.declarations.passphrase} or, without it, the key file {@code
 * probity.declarations.master-key-file} (default {@code <data-dir>/keys/declarations-master.key},
 * 256 random bits created on first use, mode 600). PBKDF2 turns it into the key-encryption key
 * (KEK); a check value in {@code declaration_keyring} tells a wrong secret at once. Each
 * declaration has its own AES-256 data key, stored sealed under the KEK.
 */
@Component
class DeclarationKeys {

    private static final Logger log = LoggerFactory.getLogger(DeclarationKeys.class);
    private static final byte[] CHECK = "probity-declarations-keyring".getBytes(StandardCharsets.US_ASCII);

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final String passphrase;
    private final Path keyFile;
    private final int iterations;
    private volatile byte[] kek;

    DeclarationKeys(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            @Value("${probity.declarations.passphrase:}") String passphrase,
            @Value("${probity.declarations.master-key-file:${probity.data-dir}/keys/declarations-master.key}")
                    Path keyFile,
            @Value("${probity.declarations.kdf-iterations:600000}") int iterations) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.passphrase = passphrase;
        this.keyFile = keyFile.toAbsolutePath().normalize();
        this.iterations = iterations;
    }

    /** A new data key and its sealed form for the declaration {@code id}. */
    byte[][] newDataKey(long id) {
        byte[] key = Sealing.newKey();
        return new byte[][] {key, Sealing.seal(kek(), key, "declaration-data-key:" + id)};
    }

    byte[] dataKey(long id, byte[] sealed) {
        return Sealing.open(kek(), sealed, "declaration-data-key:" + id);
    }

    private byte[] kek() {
        byte[] key = kek;
        if (key == null) {
            synchronized (this) {
                if (kek == null) {
                    ownTransaction.executeWithoutResult(status -> unlock());
                }
                key = kek;
            }
        }
        return key;
    }

    private void unlock() {
        char[] secret = secret();
        jdbc.sql("lock table declaration_keyring in exclusive mode").update();
        var row = jdbc.sql("select salt, iterations, check_value from declaration_keyring where id = 1")
                .query((rs, n) -> new Object[] {rs.getBytes(1), rs.getInt(2), rs.getBytes(3)})
                .optional();
        if (row.isEmpty()) {
            byte[] salt = Sealing.randomBytes(16);
            byte[] derived = Sealing.deriveKey(secret, salt, iterations);
            jdbc.sql("insert into declaration_keyring (id, salt, iterations, check_value) values (1, ?, ?, ?)")
                    .params(salt, iterations, Sealing.seal(derived, CHECK, "keyring-check"))
                    .update();
            Arrays.fill(secret, '\0');
            kek = derived;
            return;
        }
        Object[] r = row.get();
        byte[] derived = Sealing.deriveKey(secret, (byte[]) r[0], (Integer) r[1]);
        Arrays.fill(secret, '\0');
        try {
            if (!MessageDigest.isEqual(CHECK, Sealing.open(derived, (byte[]) r[2], "keyring-check"))) {
                throw new IllegalStateException();
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException("The declarations' secret does not match the one the database was set up"
                    + " with (probity.declarations.passphrase or " + keyFile + "): declarations cannot be read");
        }
        kek = derived;
    }

    private char[] secret() {
        if (!passphrase.isBlank()) {
            return passphrase.toCharArray();
        }
        try {
            if (!Files.exists(keyFile)) {
                Files.createDirectories(keyFile.getParent());
                Path tmp = Files.createTempFile(keyFile.getParent(), "declarations-master", ".tmp");
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                Files.writeString(tmp, Base64.getEncoder().encodeToString(Sealing.randomBytes(32)) + "\n");
                Files.move(tmp, keyFile);
                log.warn(
                        "Created the master key of the declarations at {}: keep it apart from database backups and"
                                + " back it up separately; without it no declaration can be read",
                        keyFile);
            }
            return Files.readString(keyFile).strip().toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the declarations' master key file " + keyFile, e);
        }
    }
}
