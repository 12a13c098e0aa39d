package ru.probity.reports;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;
import ru.probity.platform.NotFound;
import ru.probity.platform.ProbityProperties;
import ru.probity.sealing.MasterKey;
import ru.probity.sealing.Sealing;

/**
 * The keys of the reports. The secret comes from outside the database: {@code
 * probity.reports.passphrase} (e.g. the environment variable {@code PROBITY_REPORTS_PASSPHRASE}) or,
 * without it, the key file {@code probity.reports.master-key-file} (created with 256 random bits on
 * first start, readable by its owner only). The sealing module's {@link MasterKey} turns it into the
 * key-encryption key that seals each organization's X25519 private key; a check value in the
 * database tells a wrong secret at once instead of later, report by report. The receipts' pepper
 * and the proof of work's key are derived from the same key.
 */
@Component
class ReportKeys {

    private final ReportKeyStore store;
    private final ReportStore reports;
    private final MasterKey master;
    private final Map<Long, PublicKey> publicKeys = new ConcurrentHashMap<>();
    private final Map<Long, PrivateKey> privateKeys = new ConcurrentHashMap<>();
    private volatile byte[] receiptPepper;
    private volatile byte[] powKey;

    ReportKeys(ReportKeyStore store, ReportStore reports, ReportSettings settings, ProbityProperties probity) {
        this.store = store;
        this.reports = reports;
        this.master = new MasterKey("reports", settings.masterKey(probity.dataDir()), store);
    }

    /**
     * The web application checks the secret at start, so a wrong one stops it with a clear message
     * before any report is taken; the jar's batch commands (import) never read reports and do not.
     */
    @EventListener(ApplicationReadyEvent.class)
    void unlockAtStart(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebApplicationContext) {
            kek();
        }
    }

    /** The key-encryption key, derived once per process. */
    byte[] kek() {
        return master.kek();
    }

    byte[] receiptPepper() {
        byte[] pepper = receiptPepper;
        if (pepper == null) {
            pepper = Sealing.hkdf(kek(), new byte[0], "probity-receipt-pepper");
            receiptPepper = pepper;
        }
        return pepper;
    }

    byte[] powKey() {
        byte[] key = powKey;
        if (key == null) {
            key = Sealing.hkdf(kek(), new byte[0], "probity-proof-of-work");
            powKey = key;
        }
        return key;
    }

    /** HMAC of a normalized receipt: what the database keeps to find the report. */
    byte[] receiptHash(String normalizedReceipt) {
        return Sealing.hmac(receiptPepper(), normalizedReceipt.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The organization's public key, created with its pair on first use — stored in a transaction
     * of its own, so that a submission that rolls back never leaves a cached key without its pair.
     */
    PublicKey publicKey(long organizationId) {
        return publicKeys.computeIfAbsent(organizationId, id -> {
            byte[] stored = store.publicKey(id);
            if (stored == null) {
                KeyPair pair = Sealing.newKeyPair();
                stored = store.storePair(
                        id,
                        pair.getPublic().getEncoded(),
                        Sealing.seal(kek(), pair.getPrivate().getEncoded(), "org-private-key:" + id));
            }
            return Sealing.publicKey(stored);
        });
    }

    PrivateKey privateKey(long organizationId) {
        return privateKeys.computeIfAbsent(
                organizationId,
                id -> Sealing.privateKey(Sealing.open(kek(), store.sealedPrivateKey(id), "org-private-key:" + id)));
    }

    /** A report's data key, unwrapped with its organization's private key. */
    byte[] dataKey(long reportId) {
        ReportStore.WrappedKey key = reports.wrappedKey(reportId).orElseThrow(() -> new NotFound("report", reportId));
        return Sealing.unwrap(key.wrapped(), privateKey(key.organizationId()));
    }

    /** A new data key wrapped for the organization's public key. */
    byte[] wrap(byte[] dataKey, long organizationId) {
        return Sealing.wrap(dataKey, publicKey(organizationId));
    }
}
