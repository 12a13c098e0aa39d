/**
 * Sealing: the cryptography of what is kept sealed at rest, JDK only and free of Spring — AES-256-GCM
 * sealing of values ({@link ru.probity.sealing.Sealing}), X25519 wrapping of data keys for a
 * public key, PBKDF2, HKDF and HMAC, and the bootstrap of a module's key-encryption key from a
 * secret kept outside the database ({@link ru.probity.sealing.MasterKey}: a passphrase or a key file
 * in the data directory, checked against the module's keyring, {@link ru.probity.sealing.Keyring},
 * which the module's own store keeps). Used by reports and declarations
 * (docs/decisions/0005-report-encryption.md); the key file by the accounts' second factors.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Sealing",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package ru.probity.sealing;
