package ru.probity.procurement.generator;

/**
 * Reads top-level string fields of one findings line (the known shape of {@code FindingsJsonWriter}:
 * the scalar fields come first, before {@code path}), without a JSON library.
 */
final class JsonFields {

    private JsonFields() {}

    /** The value of {@code "name":"…"} (null for {@code null} or when absent). */
    static String string(String line, String name) {
        String key = "\"" + name + "\":";
        int at = line.indexOf(key);
        if (at < 0) {
            return null;
        }
        int i = at + key.length();
        if (line.startsWith("null", i)) {
            return null;
        }
        if (line.charAt(i) != '"') {
            throw new IllegalArgumentException("field " + name + " is not a string: " + line);
        }
        StringBuilder b = new StringBuilder();
        for (i++; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                return b.toString();
            }
            if (c == '\\') {
                char e = line.charAt(++i);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            } else {
                b.append(c);
            }
        }
        throw new IllegalArgumentException("unterminated string in field " + name);
    }
}
