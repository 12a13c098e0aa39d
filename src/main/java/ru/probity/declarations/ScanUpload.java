package ru.probity.declarations;

/**
 * A scan of a signed original as uploaded, before it is checked; {@code content} is null when it
 * was too big to be read at all (it is refused by its size).
 */
public record ScanUpload(String name, long size, byte[] content) {}
