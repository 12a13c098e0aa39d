package ru.probity.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.probity.reports.engine.Sealing;

/**
 * The keys of the reports. The secret comes from outside the database: {@code
 * probity.reports.passphrase} (e.g. the environment variable {@code PROBITY_REPORTS_PASSPHRASE}) or,
 * without it, the key file {@code probity.reports.master-key-file} (created with 256 random bits on
 * first start, readable by its owner only). PBKDF2 turns it into the key-encryption key that seals
 * each organization's X25519 private key; a check value in the database tells a wrong secret at
 * once instead of later, report by report.
 */
@Component
class ReportKeys {

    private static final Logger log = LoggerFactory.getLogger(ReportKeys.class);
    private static final byte[] CHECK = "probity-reports-keyring".getBytes(StandardCharsets.US_ASCII);

    private final JdbcClient jdbc;
    private final org.springframework.transaction.support.TransactionTemplate ownTransaction;
    private final String passphrase;
    private final Path keyFile;
    private final int iterations;
    private final Map<Long, PublicKey> publicKeys = new ConcurrentHashMap<>();
    private final Map<Long, PrivateKey> privateKeys = new ConcurrentHashMap<>();
    private volatile byte[] kek;
    private volatile byte[] receiptPepper;
    private volatile byte[] powKey;

    ReportKeys(
            JdbcClient jdbc,
            org.springframework.transaction.PlatformTransactionManager transactions,
            @Value("${probity.reports.passphrase:}") String passphrase,
            @Value("${probity.reports.master-key-file:${probity.data-dir}/keys/reports-master.key}") Path keyFile,
            @Value("${probity.reports.kdf-iterations:600000}") int iterations) {
        this.jdbc = jdbc;
        this.ownTransaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(
                org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.passphrase = passphrase;
        this.keyFile = keyFile.toAbsolutePath().normalize();
        this.iterations = iterations;
    }

    /**
     * The web application checks the secret at start, so a wrong one stops it with a clear message
     * before any report is taken; the jar's batch commands (import) never read reports and do not.
     */
    @EventListener(ApplicationReadyEvent.class)
    void unlockAtStart(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof org.springframework.web.context.WebApplicationContext) {
            kek();
        }
    }

    /** The key-encryption key, derived once per process. */
    byte[] kek() {
        byte[] key = kek;
        if (key == null) {
            synchronized (this) {
                if (kek == null) {
                    // its own transaction: a caller's rollback must not undo the keyring under a cached key
                    ownTransaction.executeWithoutResult(status -> unlock());
                }
                key = kek;
            }
        }
        return key;
    }

    byte[] receiptPepper() {
        kek();
        return receiptPepper;
    }

    byte[] powKey() {
        kek();
        return powKey;
    }

    /** HMAC of a normalized receipt: what the database keeps to find the report. */
    byte[] receiptHash(String normalizedReceipt) {
        return Sealing.hmac(receiptPepper(), normalizedReceipt.getBytes(StandardCharsets.US_ASCII));
    }

    private void unlock() {
        char[] secret = secret();
        var row = jdbc.sql("select salt, iterations, check_value from report_keyring where id = 1")
                .query((rs, n) -> new Object[] {rs.getBytes(1), rs.getInt(2), rs.getBytes(3)})
                .optional();
        byte[] derived;
        if (row.isEmpty()) {
            byte[] salt = Sealing.randomBytes(16);
            derived = Sealing.deriveKey(secret, salt, iterations);
            jdbc.sql("insert into report_keyring (id, salt, iterations, check_value) values (1, ?, ?, ?)"
                            + " on conflict (id) do nothing")
                    .params(salt, iterations, Sealing.seal(derived, CHECK, "keyring-check"))
                    .update();
            row = jdbc.sql("select salt, iterations, check_value from report_keyring where id = 1")
                    .query((rs, n) -> new Object[] {rs.getBytes(1), rs.getInt(2), rs.getBytes(3)})
                    .optional();
        }
        Object[] r = row.orElseThrow();
        derived = Sealing.deriveKey(secret, (byte[]) r[0], (Integer) r[1]);
        Arrays.fill(secret, '\0');
        try {
            if (!MessageDigest.isEqual(CHECK, Sealing.open(derived, (byte[]) r[2], "keyring-check"))) {
                throw new IllegalStateException();
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException("The reports' secret does not match the one the database was set up with"
                    + " (probity.reports.passphrase or " + keyFile + "): reports cannot be read with it");
        }
        receiptPepper = Sealing.hkdf(derived, new byte[0], "probity-receipt-pepper");
        powKey = Sealing.hkdf(derived, new byte[0], "probity-proof-of-work");
        kek = derived;
    }

    private char[] secret() {
        if (!passphrase.isBlank()) {
            return passphrase.toCharArray();
        }
        try {
            if (!Files.exists(keyFile)) {
                Files.createDirectories(keyFile.getParent());
                Path tmp = Files.createTempFile(keyFile.getParent(), "reports-master", ".tmp");
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                Files.writeString(tmp, Base64.getEncoder().encodeToString(Sealing.randomBytes(32)) + "\n");
                Files.move(tmp, keyFile);
                log.warn(
                        "Created the master key of the reports at {}: keep it apart from database backups and back it"
                                + " up separately; without it no report can be read",
                        keyFile);
            }
            return Files.readString(keyFile).strip().toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the reports' master key file " + keyFile, e);
        }
    }

    /**
     * The organization's public key, created with its pair on first use — in a transaction of its
     * own, so that a submission that rolls back never leaves a cached key without its stored pair.
     */
    PublicKey publicKey(long organizationId) {
        return publicKeys.computeIfAbsent(organizationId, id -> {
            byte[] stored = storedPublicKey(id);
            if (stored == null) {
                KeyPair pair = Sealing.newKeyPair();
                ownTransaction.executeWithoutResult(status -> jdbc.sql(
                                "insert into report_org_key (organization_id, public_key, private_key) values (?, ?, ?)"
                                        + " on conflict (organization_id) do nothing")
                        .params(
                                id,
                                pair.getPublic().getEncoded(),
                                Sealing.seal(kek(), pair.getPrivate().getEncoded(), "org-private-key:" + id))
                        .update());
                stored = ownTransaction.execute(status -> storedPublicKey(id));
            }
            return Sealing.publicKey(stored);
        });
    }

    private byte[] storedPublicKey(long organizationId) {
        return jdbc.sql("select public_key from report_org_key where organization_id = ?")
                .param(organizationId)
                .query(byte[].class)
                .optional()
                .orElse(null);
    }

    PrivateKey privateKey(long organizationId) {
        return privateKeys.computeIfAbsent(organizationId, id -> {
            byte[] sealed = jdbc.sql("select private_key from report_org_key where organization_id = ?")
                    .param(id)
                    .query(byte[].class)
                    .single();
            return Sealing.privateKey(Sealing.open(kek(), sealed, "org-private-key:" + id));
        });
    }

    /** The data key of a report. */
    byte[] dataKey(long organizationId, byte[] wrapped) {
        return Sealing.unwrap(wrapped, privateKey(organizationId));
    }
}
