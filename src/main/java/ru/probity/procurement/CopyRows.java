package ru.probity.procurement;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes rows into a table with PostgreSQL's COPY (text format) on the caller's connection, so in
 * its transaction: one stream instead of a statement per row — the bulk path of the register
 * import. Values are escaped as the text format requires; null is {@code \N}.
 */
final class CopyRows implements AutoCloseable {

    private static final int FLUSH = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder row = new StringBuilder(FLUSH + 8192);
    private boolean first = true;

    CopyRows(Connection connection, String table, String... columns) throws SQLException {
        copy = connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("copy " + table + " (" + String.join(", ", columns) + ") from stdin");
    }

    CopyRows text(String value) {
        separate();
        if (value == null) {
            row.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
        return this;
    }

    CopyRows date(LocalDate value) {
        return text(value == null ? null : value.toString());
    }

    CopyRows number(long value) {
        separate();
        row.append(value);
        return this;
    }

    CopyRows bool(boolean value) {
        separate();
        row.append(value ? 't' : 'f');
        return this;
    }

    /** A text[] of values without quotes, commas, braces or backslashes (INNs). */
    CopyRows plainArray(Collection<String> values) {
        separate();
        row.append('{').append(String.join(",", values)).append('}');
        return this;
    }

    void endRow() throws SQLException {
        row.append('\n');
        first = true;
        if (row.length() >= FLUSH) {
            flush();
        }
    }

    /** Ends the copy; returns the number of rows written. */
    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    private void flush() throws SQLException {
        byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        row.setLength(0);
    }

    private void separate() {
        if (!first) {
            row.append('\t');
        }
        first = false;
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
