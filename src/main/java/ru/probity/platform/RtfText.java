package ru.probity.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The text of an RTF document. The JDK's RTFEditorKit decodes {@code \'xx} escapes as windows-1252
 * whatever the document's code page, which turns Russian text written by Word («\ansicpg1251»,
 * fonts with {@code \fcharset204}) into mojibake; this reader follows the code page of the document
 * and of each font, and Unicode characters (control word «u» with its «uc» fallback). Destinations that are not text
 * (font and colour tables, styles, pictures, objects, field instructions, {@code \*} groups) are
 * skipped. Paragraphs, lines, rows and page breaks become line breaks; cells and tabs, tabs.
 */
final class RtfText {

    private static final Set<String> SKIPPED = Set.of(
            "fonttbl",
            "colortbl",
            "stylesheet",
            "info",
            "pict",
            "object",
            "fldinst",
            "themedata",
            "colorschememapping",
            "latentstyles",
            "datastore",
            "listtable",
            "listoverridetable",
            "rsidtbl",
            "generator",
            "xmlnstbl",
            "header",
            "headerl",
            "headerr",
            "headerf",
            "footer",
            "footerl",
            "footerr",
            "footerf",
            "footnote",
            "filetbl",
            "revtbl",
            "bkmkstart",
            "bkmkend",
            "mmathPr",
            "pgdsctbl",
            "listtext",
            "pntext",
            "pntxta",
            "pntxtb");

    /** The state of a group: skipped, the characters to drop after a Unicode character, the font's charset. */
    private record State(boolean skip, int uc, Charset charset) {}

    private RtfText() {}

    static String extract(byte[] content) throws IOException {
        String rtf = new String(content, StandardCharsets.ISO_8859_1);
        if (!rtf.stripLeading().startsWith("{\\rtf")) {
            throw new IOException("not an RTF document");
        }
        Map<Integer, Charset> fonts = fonts(rtf);
        Charset document = Charset.forName("windows-1252");
        StringBuilder out = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Deque<State> stack = new ArrayDeque<>();
        State state = new State(false, 1, document);
        int dropping = 0;
        int i = 0;
        int n = rtf.length();
        while (i < n) {
            char c = rtf.charAt(i);
            if (c == '{') {
                flush(bytes, state, out);
                stack.push(state);
                i++;
                if (rtf.startsWith("\\*", i)) {
                    state = new State(true, state.uc(), state.charset());
                }
                continue;
            }
            if (c == '}') {
                flush(bytes, state, out);
                state = stack.isEmpty() ? state : stack.pop();
                dropping = 0;
                i++;
                continue;
            }
            if (c == '\\' && i + 1 < n) {
                char next = rtf.charAt(i + 1);
                if (next == '\'' && i + 3 < n) {
                    int value = Integer.parseInt(rtf.substring(i + 2, i + 4), 16);
                    i += 4;
                    if (dropping > 0) {
                        dropping--;
                    } else if (!state.skip()) {
                        bytes.write(value);
                    }
                    continue;
                }
                if (!Character.isLetter(next)) {
                    flush(bytes, state, out);
                    i += 2;
                    if (dropping > 0) {
                        dropping--;
                        continue;
                    }
                    if (!state.skip()) {
                        switch (next) {
                            case '\\', '{', '}' -> out.append(next);
                            case '~' -> out.append('\u00A0');
                            case '_' -> out.append('-');
                            case '\n', '\r' -> out.append('\n');
                            default -> {}
                        }
                    }
                    continue;
                }
                int j = i + 1;
                while (j < n && Character.isLetter(rtf.charAt(j))) {
                    j++;
                }
                String word = rtf.substring(i + 1, j);
                int k = j;
                if (k < n && (rtf.charAt(k) == '-' || Character.isDigit(rtf.charAt(k)))) {
                    k++;
                    while (k < n && Character.isDigit(rtf.charAt(k))) {
                        k++;
                    }
                }
                Integer param = k > j ? parse(rtf.substring(j, k)) : null;
                if (k < n && rtf.charAt(k) == ' ') {
                    k++;
                }
                i = k;
                flush(bytes, state, out);
                switch (word) {
                    case "ansicpg" -> {
                        document = codePage(param, document);
                        state = new State(state.skip(), state.uc(), document);
                    }
                    case "f" -> state = new State(state.skip(), state.uc(), fonts.getOrDefault(param, document));
                    case "uc" ->
                        state = new State(state.skip(), param == null ? 1 : Math.max(0, param), state.charset());
                    case "u" -> {
                        if (!state.skip() && param != null) {
                            out.append((char) (param < 0 ? param + 65536 : param));
                        }
                        dropping = state.uc();
                    }
                    case "par", "line", "row", "page", "sect" -> {
                        if (!state.skip()) {
                            out.append('\n');
                        }
                    }
                    case "tab", "cell" -> {
                        if (!state.skip()) {
                            out.append('\t');
                        }
                    }
                    case "emdash" -> text(state, out, '—');
                    case "endash" -> text(state, out, '–');
                    case "lquote" -> text(state, out, '‘');
                    case "rquote" -> text(state, out, '’');
                    case "ldblquote" -> text(state, out, '“');
                    case "rdblquote" -> text(state, out, '”');
                    case "bullet" -> text(state, out, '•');
                    default -> {
                        if (SKIPPED.contains(word)) {
                            state = new State(true, state.uc(), state.charset());
                        }
                    }
                }
                continue;
            }
            i++;
            if (c == '\r' || c == '\n') {
                continue;
            }
            if (dropping > 0) {
                dropping--;
                continue;
            }
            if (!state.skip()) {
                if (c < 0x80) {
                    flush(bytes, state, out);
                    out.append(c);
                } else {
                    bytes.write(c);
                }
            }
        }
        flush(bytes, state, out);
        return out.toString();
    }

    private static void text(State state, StringBuilder out, char c) {
        if (!state.skip()) {
            out.append(c);
        }
    }

    private static void flush(ByteArrayOutputStream bytes, State state, StringBuilder out) {
        if (bytes.size() > 0) {
            out.append(new String(bytes.toByteArray(), state.charset()));
            bytes.reset();
        }
    }

    private static Integer parse(String number) {
        try {
            return Integer.valueOf(number);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The fonts of the font table with their charsets: {@code {\f1\fcharset204 Times New Roman;}}. */
    private static Map<Integer, Charset> fonts(String rtf) {
        Map<Integer, Charset> fonts = new HashMap<>();
        int table = rtf.indexOf("{\\fonttbl");
        if (table < 0) {
            return fonts;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\\\f(\\d+)[^;{}]*?\\\\fcharset(\\d+)")
                .matcher(rtf.substring(table, Math.min(rtf.length(), table + 200_000)));
        while (m.find()) {
            Charset charset = charset(Integer.parseInt(m.group(2)));
            if (charset != null) {
                fonts.putIfAbsent(Integer.parseInt(m.group(1)), charset);
            }
        }
        return fonts;
    }

    private static Charset charset(int fcharset) {
        return switch (fcharset) {
            case 204 -> Charset.forName("windows-1251");
            case 238 -> Charset.forName("windows-1250");
            case 161 -> Charset.forName("windows-1253");
            case 162 -> Charset.forName("windows-1254");
            case 186 -> Charset.forName("windows-1257");
            case 0 -> Charset.forName("windows-1252");
            default -> null;
        };
    }

    private static Charset codePage(Integer page, Charset fallback) {
        if (page == null) {
            return fallback;
        }
        try {
            return Charset.forName(page == 10007 ? "x-mac-cyrillic" : "windows-" + page);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
