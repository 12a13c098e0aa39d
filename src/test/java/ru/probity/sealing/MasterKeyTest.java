package ru.probity.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A module's key-encryption key: from the passphrase or the key file, checked against the keyring. */
class MasterKeyTest {

    @TempDir
    Path dir;

    /** A keyring in memory, as a module's store keeps it in its table. */
    static final class MemoryKeyring implements Keyring {
        Entry stored;
        final AtomicInteger made = new AtomicInteger();

        MemoryKeyring(Entry stored) {
            this.stored = stored;
        }

        @Override
        public synchronized Entry entry(Supplier<Entry> first) {
            if (stored == null) {
                stored = first.get();
                made.incrementAndGet();
            }
            return stored;
        }
    }

    private MasterKey.Settings settings(String passphrase) {
        return MasterKey.Settings.of(passphrase, null, 1000, dir, "reports");
    }

    @Test
    void aNewInstallationGetsAKeyFileOnlyItsOwnerReadsAndTheSameKeyAfterARestart() throws Exception {
        MemoryKeyring keyring = new MemoryKeyring(null);
        byte[] kek = new MasterKey("reports", settings(""), keyring).kek();
        assertThat(kek).hasSize(32);
        assertThat(keyring.made).hasValue(1);
        assertThat(keyring.stored.iterations()).isEqualTo(1000);

        Path file = dir.resolve("keys/reports-master.key");
        assertThat(Files.getPosixFilePermissions(file))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        assertThat(Files.list(file.getParent())).containsExactly(file);

        // a restart (a new process) derives the same key from the file and the stored keyring
        assertThat(new MasterKey("reports", settings(""), keyring).kek()).isEqualTo(kek);
        assertThat(keyring.made).hasValue(1);
    }

    @Test
    void aKeyringSetUpBeforeTheSealingModuleStillUnlocks() {
        MasterKey reports = new MasterKey(
                "reports",
                settings(SealedBeforeTest.PASSPHRASE),
                new MemoryKeyring(new Keyring.Entry(
                        SealedBeforeTest.SALT, SealedBeforeTest.ITERATIONS, SealedBeforeTest.REPORTS_CHECK)));
        assertThat(reports.kek()).isEqualTo(SealedBeforeTest.KEK);
        MasterKey declarations = new MasterKey(
                "declarations",
                MasterKey.Settings.of(SealedBeforeTest.PASSPHRASE, null, 600_000, dir, "declarations"),
                new MemoryKeyring(new Keyring.Entry(
                        SealedBeforeTest.SALT, SealedBeforeTest.ITERATIONS, SealedBeforeTest.DECLARATIONS_CHECK)));
        assertThat(declarations.kek()).isEqualTo(SealedBeforeTest.KEK);
        // the passphrase is used, no key file is made
        assertThat(dir.resolve("keys")).doesNotExist();
    }

    @Test
    void aWrongSecretOrAnotherModulesKeyringIsRefusedAtOnce() {
        Keyring.Entry old =
                new Keyring.Entry(SealedBeforeTest.SALT, SealedBeforeTest.ITERATIONS, SealedBeforeTest.REPORTS_CHECK);
        assertThatThrownBy(() -> new MasterKey("reports", settings("another secret"), new MemoryKeyring(old)).kek())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The reports' secret does not match")
                .hasMessageContaining("probity.reports.passphrase");
        assertThatThrownBy(() -> new MasterKey(
                                "declarations",
                                MasterKey.Settings.of(SealedBeforeTest.PASSPHRASE, null, 1000, dir, "declarations"),
                                new MemoryKeyring(old))
                        .kek())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The declarations' secret does not match");
    }

    @Test
    void whenAnotherProcessSetTheKeyringUpFirstItsSaltIsUsed() {
        Keyring.Entry theirs =
                new Keyring.Entry(SealedBeforeTest.SALT, SealedBeforeTest.ITERATIONS, SealedBeforeTest.REPORTS_CHECK);
        AtomicInteger asked = new AtomicInteger();
        // this process made an entry too, but the other one was stored first
        Keyring raced = first -> {
            first.get();
            asked.incrementAndGet();
            return theirs;
        };
        assertThat(new MasterKey("reports", settings(SealedBeforeTest.PASSPHRASE), raced).kek())
                .isEqualTo(SealedBeforeTest.KEK);
        assertThat(asked).hasValue(1);
    }

    @Test
    void theKeyFileOfAnotherProcessIsKeptAndAKeyFileIsReadAsItIs() throws Exception {
        Path file = dir.resolve("keys/declarations-master.key");
        assertThat(KeyFile.createIfAbsent(file, "declarations-master")).isTrue();
        String key = KeyFile.read(file);
        assertThat(KeyFile.createIfAbsent(file, "declarations-master")).isFalse();
        assertThat(KeyFile.read(file)).isEqualTo(key);
        // an administrator's own secret in the file, with a line break, is the secret without it
        Files.writeString(file, "  my own secret \n");
        assertThat(KeyFile.read(file)).isEqualTo("my own secret");
    }
}
