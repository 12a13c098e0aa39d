package ru.probity.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;

/** The sealing primitives: what is sealed opens only with its key and its context. */
class SealingTest {

    @Test
    void aDataKeyWrappedForAnOrganizationOpensOnlyWithItsPrivateKey() {
        KeyPair org = Sealing.newKeyPair();
        KeyPair other = Sealing.newKeyPair();
        byte[] dataKey = Sealing.newDataKey();
        byte[] wrapped = Sealing.wrap(dataKey, org.getPublic());
        assertThat(Sealing.unwrap(wrapped, org.getPrivate())).isEqualTo(dataKey);
        assertThatThrownBy(() -> Sealing.unwrap(wrapped, other.getPrivate()))
                .isInstanceOf(Sealing.SealingException.class);
        byte[] sealed = Sealing.sealText(dataKey, "Взятка в управлении", "report-text");
        assertThat(new String(sealed, StandardCharsets.UTF_8)).doesNotContain("Взятка");
        assertThat(Sealing.openText(dataKey, sealed, "report-text")).isEqualTo("Взятка в управлении");
        assertThatThrownBy(() -> Sealing.openText(dataKey, sealed, "contacts"))
                .isInstanceOf(Sealing.SealingException.class);
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> Sealing.openText(dataKey, sealed, "report-text"))
                .isInstanceOf(Sealing.SealingException.class);
    }

    @Test
    void sealedValuesOpenOnlyWithTheirKeyAndContext() {
        byte[] key = Sealing.newDataKey();
        byte[] sealed = Sealing.seal(key, "секрет".getBytes(StandardCharsets.UTF_8), "a");
        assertThat(new String(Sealing.open(key, sealed, "a"), StandardCharsets.UTF_8))
                .isEqualTo("секрет");
        assertThatThrownBy(() -> Sealing.open(key, sealed, "b")).isInstanceOf(Sealing.SealingException.class);
        assertThatThrownBy(() -> Sealing.open(Sealing.newDataKey(), sealed, "a"))
                .isInstanceOf(Sealing.SealingException.class);
    }

    @Test
    void theBareFormatIsTheVersionedOneWithoutItsVersionByte() {
        byte[] key = Sealing.newDataKey();
        byte[] bare = Sealing.sealBare(key, "JBSWY3DPEHPK3PXP".getBytes(StandardCharsets.US_ASCII), "x");
        assertThat(bare).hasSize(12 + 16 + 16);
        assertThat(new String(Sealing.openBare(key, bare, "x"), StandardCharsets.US_ASCII))
                .isEqualTo("JBSWY3DPEHPK3PXP");
        assertThatThrownBy(() -> Sealing.openBare(key, bare, "y")).isInstanceOf(Sealing.SealingException.class);
        assertThatThrownBy(() -> Sealing.open(key, bare, "x")).isInstanceOf(Sealing.SealingException.class);
    }
}
