package ru.probity.reports;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import ru.probity.sealing.Keyring;

/**
 * The reports' keys as the database keeps them: the keyring of the key-encryption key ({@code
 * report_keyring}) and each organization's X25519 pair ({@code report_org_key}: the public key, the
 * private key sealed under the KEK). Keys are written in transactions of their own, so a caller's
 * rollback never leaves a cached key without its stored row.
 */
@Component
class ReportKeyStore implements Keyring {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    ReportKeyStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public Entry entry(Supplier<Entry> first) {
        return ownTransaction.execute(status -> {
            Optional<Entry> stored = storedEntry();
            if (stored.isPresent()) {
                return stored.get();
            }
            Entry made = first.get();
            jdbc.sql("insert into report_keyring (id, salt, iterations, check_value) values (1, ?, ?, ?)"
                            + " on conflict (id) do nothing")
                    .params(made.salt(), made.iterations(), made.checkValue())
                    .update();
            return storedEntry().orElseThrow();
        });
    }

    private Optional<Entry> storedEntry() {
        return jdbc.sql("select salt, iterations, check_value from report_keyring where id = 1")
                .query((rs, n) -> new Entry(rs.getBytes(1), rs.getInt(2), rs.getBytes(3)))
                .optional();
    }

    /** The organization's public key (X.509), or null when it has none yet. */
    byte[] publicKey(long organizationId) {
        return jdbc.sql("select public_key from report_org_key where organization_id = ?")
                .param(organizationId)
                .query(byte[].class)
                .optional()
                .orElse(null);
    }

    /**
     * Stores the organization's pair unless another process stored one first; returns the stored
     * public key — in a transaction of its own.
     */
    byte[] storePair(long organizationId, byte[] publicKey, byte[] sealedPrivateKey) {
        return ownTransaction.execute(status -> {
            jdbc.sql("insert into report_org_key (organization_id, public_key, private_key) values (?, ?, ?)"
                            + " on conflict (organization_id) do nothing")
                    .params(organizationId, publicKey, sealedPrivateKey)
                    .update();
            return publicKey(organizationId);
        });
    }

    /** The organization's private key, sealed under the KEK. */
    byte[] sealedPrivateKey(long organizationId) {
        return jdbc.sql("select private_key from report_org_key where organization_id = ?")
                .param(organizationId)
                .query(byte[].class)
                .single();
    }
}
