package ru.probity.sealing;

import java.util.function.Supplier;

/**
 * What a module's database keeps of its key-encryption key (never the key): the salt and the
 * iterations its secret is derived with, and a check value sealed under the result, which tells a
 * wrong secret at once instead of later, record by record. The module's key store implements it
 * over its own table ({@code report_keyring}, {@code declaration_keyring}).
 */
public interface Keyring {

    /** The stored entry. */
    record Entry(byte[] salt, int iterations, byte[] checkValue) {}

    /**
     * The module's entry. When there is none yet, the one {@code first} makes is stored — if
     * several processes start at once, the first stored wins — and the stored one is returned.
     * Runs in a transaction of its own: a caller's rollback must never undo the entry a cached
     * key was derived from.
     */
    Entry entry(Supplier<Entry> first);
}
