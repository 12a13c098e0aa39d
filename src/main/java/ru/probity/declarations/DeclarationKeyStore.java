package ru.probity.declarations;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import ru.probity.sealing.Keyring;

/**
 * The keyring of the declarations' key-encryption key ({@code declaration_keyring}): salt,
 * iterations and check value, set up by the first process that unlocks it (the table locked
 * meanwhile), in a transaction of its own.
 */
@Component
class DeclarationKeyStore implements Keyring {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    DeclarationKeyStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public Entry entry(Supplier<Entry> first) {
        return ownTransaction.execute(status -> {
            jdbc.sql("lock table declaration_keyring in exclusive mode").update();
            Optional<Entry> stored = storedEntry();
            if (stored.isPresent()) {
                return stored.get();
            }
            Entry made = first.get();
            jdbc.sql("insert into declaration_keyring (id, salt, iterations, check_value) values (1, ?, ?, ?)")
                    .params(made.salt(), made.iterations(), made.checkValue())
                    .update();
            return made;
        });
    }

    private Optional<Entry> storedEntry() {
        return jdbc.sql("select salt, iterations, check_value from declaration_keyring where id = 1")
                .query((rs, n) -> new Entry(rs.getBytes(1), rs.getInt(2), rs.getBytes(3)))
                .optional();
    }
}
