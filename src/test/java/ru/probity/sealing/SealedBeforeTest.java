package ru.probity.sealing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Values sealed by the code before the sealing module — the reports' and the declarations' own
 * {@code Sealing} classes and the two-factor key's own AES-GCM — still open: the bytes below were
 * written by those classes and are kept here as they came out. The key is 0x00…0x1f; the
 * key-encryption key was derived from the passphrase {@code old secret} with the salt 0x64…0x73
 * and 1,000 iterations.
 */
class SealedBeforeTest {

    private static final HexFormat HEX = HexFormat.of();

    static final byte[] KEY = key();
    static final byte[] SALT = salt();
    static final String PASSPHRASE = "old secret";
    static final int ITERATIONS = 1000;
    static final byte[] KEK = hex("f9e2221f06353f9788196cd462bf2eca1f424aa9d46b62ad90064228b104d843");
    static final byte[] REPORTS_CHECK =
            hex("014602ffea007f3bf4682363fd912cccbd8daa7a62a2127e3fe09dbdca4fc36f621866b73cf7e9"
                    + "033463dc1973895ba5f616f600");
    static final byte[] DECLARATIONS_CHECK =
            hex("015da1505835ca2aad889483c87ea4e9b677f39f8cc73b1189fb85720ee8725a668bf5"
                    + "fd8300ab7dae75749f65dd54705dc36cb911a2e6ced3");

    private static byte[] key() {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) i;
        }
        return key;
    }

    private static byte[] salt() {
        byte[] salt = new byte[16];
        for (int i = 0; i < salt.length; i++) {
            salt[i] = (byte) (100 + i);
        }
        return salt;
    }

    static byte[] hex(String hex) {
        return HEX.parseHex(hex);
    }

    @Test
    void aReportsFieldAndADeclarationsContentSealedBeforeOpen() {
        assertThat(Sealing.openText(
                        KEY,
                        hex("0117dbc083edb2cba45e40cc3bbd68e9d77465363484f989e6f2b16995f8272c687cbe9782a3221e10af"
                                + "096efa2d5e432242b84dd449d5061c58edecf17083e65b"),
                        "report-text"))
                .isEqualTo("Взятка в управлении");
        assertThat(new String(
                        Sealing.open(
                                KEY,
                                hex("0121767e9a609e4d1d28034f11fbba188385f697252004046af4d0c92d0d79db47bc166d366fed3b"
                                        + "c1a06a"),
                                "declaration-content:7"),
                        StandardCharsets.UTF_8))
                .isEqualTo("{\"persons\":[]}");
    }

    @Test
    void aDataKeyWrappedBeforeForAnOrganizationOpensWithItsPrivateKey() {
        var privateKey = Sealing.privateKey(hex(
                "302e020100300506032b656e042204201d4e6480929d2383c969ff8215620de3bab394bbca0773fddef780a81600abd0"));
        byte[] wrapped = hex("302a300506032b656e032100d5f245a54a79fb48b43eb4a4b3c589dae182c2f4246b3585895fcd72d9f3173"
                + "801f4b0c9f6689c588b1be61774f5b20581a751841c0f613c3696e5599e59d4468f6ebb3a069a6bfb311bab0e773399214da"
                + "782d288fb3b91b04610a6b3");
        assertThat(Sealing.unwrap(wrapped, privateKey)).isEqualTo(KEY);
        assertThat(Sealing.publicKey(hex("302a300506032b656e032100ef4e62c99b9c261a4f8dfb9b57963e97b1d6b628d7339d6bbaff"
                                + "11e48e6d6c5a"))
                        .getEncoded())
                .hasSize(44);
    }

    @Test
    void theKeyEncryptionKeyAndWhatIsDerivedFromItAreTheSame() {
        assertThat(Sealing.deriveKey(PASSPHRASE.toCharArray(), SALT, ITERATIONS))
                .isEqualTo(KEK);
        assertThat(Sealing.open(KEK, REPORTS_CHECK, "keyring-check"))
                .isEqualTo("probity-reports-keyring".getBytes(StandardCharsets.US_ASCII));
        assertThat(Sealing.open(KEK, DECLARATIONS_CHECK, "keyring-check"))
                .isEqualTo("probity-declarations-keyring".getBytes(StandardCharsets.US_ASCII));
        // the receipts' pepper and the proof of work's key of the reports
        byte[] pepper = Sealing.hkdf(KEK, new byte[0], "probity-receipt-pepper");
        assertThat(HEX.formatHex(pepper)).isEqualTo("43c019d092fc018038594c824befe4adbeed00bf8bc2b84755bd8014e4306ed2");
        assertThat(HEX.formatHex(Sealing.hkdf(KEK, new byte[0], "probity-proof-of-work")))
                .isEqualTo("637b83a3263fd75b64d6d63922efc888a0f604183d84810628216ce2466ea3f1");
        assertThat(HEX.formatHex(Sealing.hmac(pepper, "7KQ2M9XD0AB1CDEFGH23".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("0224f61c8f1292d6795ee4809446133eacdbf24aa3ebf15e095d3004259a7e48");
        // an organization's private key and a declaration's data key sealed under it
        assertThat(Sealing.open(
                        KEK,
                        hex("019e05ddebfaab4b827124b627283211d37d6c5617ce24c87902fea553ce901414ac128d6a93984cace245"
                                + "10c4b28b563a15c6f4e9ce1c79e8d4ee52373b81c0983fd1c135d2bb3c41f71874ee"),
                        "org-private-key:5"))
                .isEqualTo(hex("302e020100300506032b656e042204201d4e6480929d2383c969ff8215620de3bab394bbca0773fdd"
                        + "ef780a81600abd0"));
        assertThat(Sealing.open(
                        KEK,
                        hex("01e00f5ed58478034f7b261962ab4c66183714a8a07ab919d3d343b3c28fd4d715990ded9cf95fb9cda10c"
                                + "3516375c8736264b0ecc78647cc08bfd39b5"),
                        "declaration-data-key:9"))
                .isEqualTo(KEY);
    }

    @Test
    void aSecondFactorsSecretSealedBeforeOpensAndARecoveryCodeHashesTheSame() {
        byte[] sealed = hex("87f82b4fb9fc12b26b4bab8cff2a3af2b58757d303cddfe285f87a2d1d38934226ed4898edaa6642ffeecd5b");
        assertThat(new String(Sealing.openBare(KEY, sealed, "probity-two-factor"), StandardCharsets.US_ASCII))
                .isEqualTo("JBSWY3DPEHPK3PXP");
        assertThat(java.util.Base64.getEncoder()
                        .encodeToString(Sealing.hmac(KEY, "abcde12345".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("0wPclzzk+Okdj2NsOUsd/GPyEWCpOxw2CiGnXLnhvuU=");
    }
}
