package ru.probity.platform;

import static ru.probity.platform.ScanBytes.indexOf;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The few PDF tokens {@link PdfScan} needs, read from raw bytes without a PDF library: white space
 * and delimiters, names (with {@code #xx} escapes), literal strings, keywords at token boundaries,
 * stream bodies and dictionaries.
 */
final class PdfSyntax {

    private PdfSyntax() {}

    static int matchingDictionaryEnd(byte[] c, int start, int to) {
        int depth = 0;
        for (int i = start; i + 1 < to; i++) {
            if (c[i] == '(') {
                i = skipString(c, i, to) - 1;
            } else if (c[i] == '<' && c[i + 1] == '<') {
                depth++;
                i++;
            } else if (c[i] == '>' && c[i + 1] == '>') {
                depth--;
                i++;
                if (depth == 0) {
                    return i + 1;
                }
            }
        }
        return to;
    }

    static Set<String> nameSet(byte[] c, int from, int to) {
        Set<String> names = new HashSet<>();
        for (int i = from; i < to; i++) {
            if (c[i] == '/') {
                int j = i + 1;
                while (j < to && !whiteSpace(c[j]) && !delimiter(c[j]) && j - i < 128) {
                    j++;
                }
                names.add(decodeName(c, i + 1, j));
                i = j - 1;
            }
        }
        return names;
    }

    /** A name's characters with {@code #xx} escapes decoded. */
    static String decodeName(byte[] c, int from, int to) {
        StringBuilder name = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            if (c[i] == '#' && i + 2 < to && hex(c[i + 1]) >= 0 && hex(c[i + 2]) >= 0) {
                name.append((char) (hex(c[i + 1]) * 16 + hex(c[i + 2])));
                i += 2;
            } else {
                name.append((char) (c[i] & 0xff));
            }
        }
        return name.toString();
    }

    private static int hex(byte b) {
        return Character.digit((char) (b & 0xff), 16);
    }

    /** After a literal string (balanced parentheses, backslash escapes). */
    static int skipString(byte[] c, int start, int to) {
        int depth = 0;
        for (int i = start; i < to; i++) {
            if (c[i] == '\\') {
                i++;
            } else if (c[i] == '(') {
                depth++;
            } else if (c[i] == ')') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
        }
        return to;
    }

    /** The keyword at a token boundary, from {@code from} on, or -1. */
    static int nextKeyword(byte[] c, String keyword, int from) {
        byte[] k = keyword.getBytes(StandardCharsets.US_ASCII);
        int i = from;
        while (true) {
            i = indexOf(c, k, i);
            if (i < 0) {
                return -1;
            }
            boolean before = i == 0 || whiteSpace(c[i - 1]) || delimiter(c[i - 1]);
            boolean after = i + k.length >= c.length || whiteSpace(c[i + k.length]) || delimiter(c[i + k.length]);
            if (before && after) {
                return i;
            }
            i++;
        }
    }

    /** Where the data of a stream begins: after {@code stream} and its end of line; -1 if not a stream. */
    static int streamBodyStart(byte[] c, int keyword) {
        int i = keyword + "stream".length();
        if (i < c.length && c[i] == '\r') {
            i++;
        }
        if (i < c.length && c[i] == '\n') {
            i++;
        }
        return i <= c.length ? i : -1;
    }

    static boolean whiteSpace(byte b) {
        return b == 0 || b == 9 || b == 10 || b == 12 || b == 13 || b == 32;
    }

    static boolean delimiter(byte b) {
        return b == '(' || b == ')' || b == '<' || b == '>' || b == '[' || b == ']' || b == '{' || b == '}' || b == '/'
                || b == '%';
    }

    static int skipWhite(byte[] c, int from, int to) {
        int i = from;
        while (i < to && whiteSpace(c[i])) {
            i++;
        }
        return i;
    }
}
