package ru.probity.platform;

import static ru.probity.platform.ActiveContent.APPENDED;
import static ru.probity.platform.ActiveContent.MAX_INFLATED;
import static ru.probity.platform.ActiveContent.SCRIPT;
import static ru.probity.platform.ActiveContent.UNCHECKED;
import static ru.probity.platform.PdfSyntax.decodeName;
import static ru.probity.platform.PdfSyntax.delimiter;
import static ru.probity.platform.PdfSyntax.matchingDictionaryEnd;
import static ru.probity.platform.PdfSyntax.nameSet;
import static ru.probity.platform.PdfSyntax.nextKeyword;
import static ru.probity.platform.PdfSyntax.skipString;
import static ru.probity.platform.PdfSyntax.skipWhite;
import static ru.probity.platform.PdfSyntax.streamBodyStart;
import static ru.probity.platform.PdfSyntax.whiteSpace;
import static ru.probity.platform.ScanBytes.indexOf;
import static ru.probity.platform.ScanBytes.inflate;
import static ru.probity.platform.ScanBytes.lastIndexOf;
import static ru.probity.platform.ScanBytes.zipEndRecord;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The PDF half of {@link ActiveContent}: script and auto-run actions and embedded files ({@code
 * /JavaScript}, {@code /JS}, {@code /Launch}, {@code /EmbeddedFile(s)}, {@code /RichMedia}, {@code
 * /XFA}, {@code /AA}, …, names with {@code #xx} escapes decoded), in the file itself and inside its
 * object streams (inflated, at most {@link ActiveContent#MAX_INFLATED} bytes in all); an {@code
 * /OpenAction} that is not a plain destination or "go to"; anything but white space after the last
 * {@code %%EOF} and a ZIP's end record in the last 64 KiB (an appended archive). A PDF whose object
 * streams cannot be read (encrypted, unusual filters, too large) cannot be checked and is refused as
 * such. The tokens (names, strings, keywords, dictionaries) are read by {@link PdfSyntax}.
 */
final class PdfScan {

    /** Names that mean script, a launched program, an embedded file or a form posting elsewhere. */
    private static final Set<String> DANGEROUS = Set.of(
            "JavaScript",
            "Launch",
            "EmbeddedFile",
            "EmbeddedFiles",
            "FileAttachment",
            "RichMedia",
            "GoToE",
            "GoToR",
            "ImportData",
            "SubmitForm",
            "Rendition",
            "Movie",
            "Sound");

    /**
     * Short names, looked for only where dictionaries are (outside stream data, and inside object
     * streams): in compressed binary data three letters occur by chance.
     */
    private static final Set<String> DANGEROUS_SHORT = Set.of("JS", "AA", "XFA");

    private static final Set<String> TEXT_FILTERS =
            Set.of("ASCIIHexDecode", "AHx", "ASCII85Decode", "A85", "LZWDecode", "LZW", "RunLengthDecode", "RL");

    private PdfScan() {}

    /** The reason the PDF is refused, or null when it is inert. */
    static String scan(byte[] c) {
        int eof = lastIndexOf(c, "%%EOF".getBytes(StandardCharsets.US_ASCII), c.length);
        if (eof >= 0) {
            for (int i = eof + 5; i < c.length; i++) {
                if (!whiteSpace(c[i]) && c[i] != 0) {
                    return APPENDED;
                }
            }
        }
        if (zipEndRecord(c) >= 0) {
            return APPENDED;
        }
        // the long names and the open action, everywhere (strings and stream data included: a
        // stray parenthesis or a fake stream between objects, which a viewer skips, hides nothing)
        int[] openActions = {0};
        String found = names(c, 0, c.length, false, openActions);
        if (found != null) {
            return found;
        }
        long[] budget = {MAX_INFLATED};
        int previousEnd = 0;
        int at = 0;
        while (true) {
            int stream = nextKeyword(c, "stream", at);
            int bodyStart = stream < 0 ? -1 : streamBodyStart(c, stream);
            if (stream < 0 || bodyStart < 0) {
                // the rest holds no stream: the short names count too
                return names(c, previousEnd, c.length, true, openActions);
            }
            // the objects between the previous stream and this one: the short names count too
            found = names(c, previousEnd, stream, true, openActions);
            if (found != null) {
                return found;
            }
            int end = nextKeyword(c, "endstream", bodyStart);
            int bodyEnd = end < 0 ? c.length : end;
            found = objectStream(c, previousEnd, stream, bodyStart, bodyEnd, budget, openActions);
            if (found != null) {
                return found;
            }
            if (end < 0) {
                return null;
            }
            previousEnd = end + "endstream".length();
            at = previousEnd;
        }
    }

    /**
     * A stream that may hold objects (its dictionary, or what precedes it since the previous
     * stream, names {@code /ObjStm} or {@code /First}): inflated and scanned like the file itself.
     */
    private static String objectStream(
            byte[] c, int regionStart, int keyword, int bodyStart, int bodyEnd, long[] budget, int[] openActions) {
        Set<String> region = nameSet(c, regionStart, keyword);
        boolean typed = region.contains("ObjStm");
        if (!typed && !(region.contains("First") && region.contains("N"))) {
            return null;
        }
        boolean flate = region.contains("FlateDecode") || region.contains("Fl");
        boolean otherFilter = region.stream().anyMatch(TEXT_FILTERS::contains);
        if (otherFilter || region.contains("Predictor")) {
            return UNCHECKED;
        }
        byte[] objects;
        if (flate) {
            objects = inflate(c, bodyStart, bodyEnd - bodyStart, budget, false);
            if (objects == null) {
                return typed ? UNCHECKED : null;
            }
        } else {
            objects = java.util.Arrays.copyOfRange(c, bodyStart, bodyEnd);
        }
        String found = names(objects, 0, objects.length, false, openActions);
        return found != null ? found : names(objects, 0, objects.length, true, openActions);
    }

    /** More open actions than this in one file are refused (each may cost a search of the file). */
    private static final int MAX_OPEN_ACTIONS = 4;

    /**
     * The first dangerous name in c[from, to), or null. With {@code dictionaries} false: the long
     * names and {@code /OpenAction}, every byte scanned; with it true: the short names, skipping
     * literal strings and comments (where dictionaries are, not in stream data).
     */
    private static String names(byte[] c, int from, int to, boolean dictionaries, int[] openActions) {
        int i = from;
        while (i < to) {
            byte b = c[i];
            if (dictionaries && b == '(') {
                i = skipString(c, i, to);
                continue;
            }
            if (dictionaries && b == '%') {
                while (i < to && c[i] != '\n' && c[i] != '\r') {
                    i++;
                }
                continue;
            }
            if (b != '/') {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < to && !whiteSpace(c[j]) && !delimiter(c[j]) && j - i < 128) {
                j++;
            }
            String name = decodeName(c, i + 1, j);
            if (dictionaries) {
                if (DANGEROUS_SHORT.contains(name)) {
                    return SCRIPT;
                }
            } else {
                if (DANGEROUS.contains(name)) {
                    return SCRIPT;
                }
                if (name.equals("OpenAction") && (++openActions[0] > MAX_OPEN_ACTIONS || !plainOpenAction(c, j, to))) {
                    return SCRIPT;
                }
            }
            i = Math.max(j, i + 1);
        }
        return null;
    }

    /**
     * An {@code /OpenAction} that only shows a page: a destination array, a reference to one, or a
     * "go to" dictionary. Anything else (a URI opened on sight, an unknown action) is refused.
     */
    private static boolean plainOpenAction(byte[] c, int at, int to) {
        int i = skipWhite(c, at, to);
        if (i >= to) {
            return false;
        }
        if (c[i] == '[') {
            return true;
        }
        if (c[i] == '<' && i + 1 < to && c[i + 1] == '<') {
            int end = matchingDictionaryEnd(c, i, to);
            Set<String> inside = nameSet(c, i, end);
            return inside.contains("GoTo") && !inside.contains("URI") && !inside.contains("Next");
        }
        // "n g R": a reference, resolved among the file's top-level objects
        int j = i;
        while (j < to && (Character.isDigit(c[j]) || c[j] == ' ')) {
            j++;
        }
        if (j < to && c[j] == 'R' && j > i) {
            String[] ref =
                    new String(c, i, j - i, StandardCharsets.US_ASCII).trim().split("\\s+");
            if (ref.length == 2) {
                int obj = indexOf(c, (ref[0] + " " + ref[1] + " obj").getBytes(StandardCharsets.US_ASCII), 0);
                if (obj < 0) {
                    return true; // inside an object stream: its names were scanned with it
                }
                int k = skipWhite(c, obj + ref[0].length() + ref[1].length() + 5, c.length);
                return k < c.length && (c[k] == '[' || (c[k] == '<' && plainOpenAction(c, k, c.length)));
            }
        }
        return false;
    }
}
