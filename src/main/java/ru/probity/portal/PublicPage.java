package ru.probity.portal;

import java.time.Instant;

/** A public page: its path (from {@code /public/}), title and when it last changed (null: unknown). */
public record PublicPage(String path, String title, Instant modified) {}
