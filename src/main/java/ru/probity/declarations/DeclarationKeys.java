package ru.probity.declarations;

import org.springframework.stereotype.Component;
import ru.probity.platform.ProbityProperties;
import ru.probity.sealing.MasterKey;
import ru.probity.sealing.Sealing;

/**
 * The keys of the declarations, following the reports' pattern through the sealing module's
 * {@link MasterKey}: the secret comes from outside the database — {@code
 * probity.declarations.passphrase} or, without it, the key file {@code
 * probity.declarations.master-key-file} (default {@code <data-dir>/keys/declarations-master.key},
 * 256 random bits created on first use, mode 600). PBKDF2 turns it into the key-encryption key
 * (KEK); a check value in {@code declaration_keyring} tells a wrong secret at once. Each
 * declaration has its own AES-256 data key, stored sealed under the KEK.
 */
@Component
class DeclarationKeys {

    private final MasterKey master;

    DeclarationKeys(DeclarationKeyStore store, ProbityProperties probity, DeclarationSettings settings) {
        this.master = new MasterKey(
                "declarations",
                MasterKey.Settings.of(
                        settings.passphrase(),
                        settings.masterKeyFile(),
                        settings.kdfIterations(),
                        probity.dataDir(),
                        "declarations"),
                store);
    }

    /** A new data key and its sealed form for the declaration {@code id}. */
    byte[][] newDataKey(long id) {
        byte[] key = Sealing.newDataKey();
        return new byte[][] {key, Sealing.seal(master.kek(), key, "declaration-data-key:" + id)};
    }

    byte[] dataKey(long id, byte[] sealed) {
        return Sealing.open(master.kek(), sealed, "declaration-data-key:" + id);
    }

    /** A new data key and its sealed form for the «Справки БК» batch {@code id}. */
    byte[][] newBatchKey(long id) {
        byte[] key = Sealing.newDataKey();
        return new byte[][] {key, Sealing.seal(master.kek(), key, "spravki-batch-key:" + id)};
    }

    byte[] batchKey(long id, byte[] sealed) {
        return Sealing.open(master.kek(), sealed, "spravki-batch-key:" + id);
    }
}
