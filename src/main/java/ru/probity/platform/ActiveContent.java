package ru.probity.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Finds active content in a PDF or a DOCX before anybody opens it (issue 14, item 13): a bounded
 * byte scan, no PDF or Office library, nothing written to disk. Returns the reason a file is refused,
 * or null when it is inert.
 *
 * <p>PDF: script and auto-run actions and embedded files ({@code /JavaScript}, {@code /JS}, {@code
 * /Launch}, {@code /EmbeddedFile(s)}, {@code /RichMedia}, {@code /XFA}, {@code /AA}, …, names with
 * {@code #xx} escapes decoded), in the file itself and inside its object streams (inflated, at most
 * {@link #MAX_INFLATED} bytes in all); an {@code /OpenAction} that is not a plain destination or
 * "go to"; anything but white space after the last {@code %%EOF} and a ZIP's end record in the last
 * 64 KiB (an appended archive). A PDF whose object streams cannot be read (encrypted, unusual
 * filters, too large) cannot be checked and is refused as such.
 *
 * <p>DOCX: a ZIP read through its central directory that holds {@code [Content_Types].xml} and
 * {@code word/document.xml}; no macros, ActiveX or OLE parts (names ending in {@code .bin}, {@code
 * vbaProject}, {@code activeX/}, macro-enabled content types); no external relationship in any
 * {@code .rels} part except a hyperlink to {@code http(s):} or {@code mailto:} (an attached
 * template, a frame, a linked OLE object or picture would be fetched when the document opens).
 */
final class ActiveContent {

    /** Why a file is refused; the names end the message keys ({@code <module>.file.<reason>}). */
    static final String SCRIPT = "script";

    static final String APPENDED = "appended";
    static final String NOT_DOCX = "notDocx";
    static final String MACRO = "macro";
    static final String EXTERNAL = "external";
    static final String UNCHECKED = "unchecked";

    /** The most bytes inflated while checking one file (object streams, XML parts). */
    static final long MAX_INFLATED = 64L * 1024 * 1024;

    private static final int MAX_ZIP_ENTRIES = 10_000;
    private static final int MAX_XML_PART = 8 * 1024 * 1024;

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

    private ActiveContent() {}

    // ---------------------------------------------------------------- PDF

    static String pdf(byte[] c) {
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

    private static int matchingDictionaryEnd(byte[] c, int start, int to) {
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

    private static Set<String> nameSet(byte[] c, int from, int to) {
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
    private static String decodeName(byte[] c, int from, int to) {
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
    private static int skipString(byte[] c, int start, int to) {
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
    private static int nextKeyword(byte[] c, String keyword, int from) {
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
    private static int streamBodyStart(byte[] c, int keyword) {
        int i = keyword + "stream".length();
        if (i < c.length && c[i] == '\r') {
            i++;
        }
        if (i < c.length && c[i] == '\n') {
            i++;
        }
        return i <= c.length ? i : -1;
    }

    // ---------------------------------------------------------------- DOCX

    static String docx(byte[] c) {
        int eocd = zipEndRecord(c);
        if (eocd < 0) {
            return NOT_DOCX;
        }
        int count = u16(c, eocd + 10);
        long cdOffset = u32(c, eocd + 16);
        if (count == 0xffff || cdOffset == 0xffffffffL) {
            return UNCHECKED; // ZIP64: never needed for a document of this size
        }
        if (count > MAX_ZIP_ENTRIES) {
            return UNCHECKED;
        }
        long[] budget = {MAX_INFLATED};
        Set<String> seen = new HashSet<>();
        boolean contentTypes = false;
        boolean document = false;
        int p = (int) Math.min(cdOffset, Integer.MAX_VALUE);
        for (int e = 0; e < count; e++) {
            if (p < 0 || p + 46 > c.length || u32(c, p) != 0x02014b50L) {
                return NOT_DOCX;
            }
            int flags = u16(c, p + 8);
            int method = u16(c, p + 10);
            long compressed = u32(c, p + 20);
            int nameLength = u16(c, p + 28);
            int extra = u16(c, p + 30);
            int comment = u16(c, p + 32);
            long local = u32(c, p + 42);
            if (p + 46 + nameLength > c.length) {
                return NOT_DOCX;
            }
            String name = new String(c, p + 46, nameLength, StandardCharsets.UTF_8);
            String lower = name.toLowerCase(Locale.ROOT).replace('\\', '/');
            p += 46 + nameLength + extra + comment;
            if (!seen.add(lower)) {
                return NOT_DOCX; // two parts of one name: which one a reader takes is not certain
            }
            if ((flags & 1) != 0) {
                return UNCHECKED; // an encrypted entry
            }
            if (forbiddenPart(lower)) {
                return MACRO;
            }
            contentTypes |= lower.equals("[content_types].xml");
            document |= lower.equals("word/document.xml");
            boolean rels = lower.endsWith(".rels");
            if (!rels && !lower.equals("[content_types].xml")) {
                continue;
            }
            byte[] xml = entry(c, local, compressed, method, budget);
            if (xml == null) {
                return UNCHECKED;
            }
            String found = rels ? relationships(xml) : contentTypes(xml);
            if (found != null) {
                return found;
            }
        }
        return contentTypes && document ? null : NOT_DOCX;
    }

    private static boolean forbiddenPart(String lower) {
        String file = lower.substring(lower.lastIndexOf('/') + 1);
        return lower.endsWith(".bin")
                || file.contains("vbaproject")
                || file.contains("vbadata")
                || lower.contains("activex/")
                || file.matches(".*\\.(exe|dll|com|scr|js|jse|vbs|vbe|wsf|ps1|bat|cmd|hta|lnk|jar|msi|docm|dotm|xlsm"
                        + "|xltm|xlam|pptm|potm|ppam|sldm|xls|doc|ppt|dot)$");
    }

    /** An entry's bytes (stored or deflated), or null when it cannot be read within the limits. */
    private static byte[] entry(byte[] c, long local, long compressed, int method, long[] budget) {
        if (local < 0 || local + 30 > c.length || u32(c, (int) local) != 0x04034b50L) {
            return null;
        }
        int start = (int) local + 30 + u16(c, (int) local + 26) + u16(c, (int) local + 28);
        if (compressed > c.length - (long) start || start > c.length) {
            return null;
        }
        if (method == 0) {
            if (compressed > MAX_XML_PART || compressed > budget[0]) {
                return null;
            }
            budget[0] -= compressed;
            return java.util.Arrays.copyOfRange(c, start, start + (int) compressed);
        }
        return method == 8 ? inflate(c, start, (int) compressed, budget, true) : null;
    }

    private static XMLStreamReader xml(byte[] xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory.createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    /** Any external relationship but a web or mail hyperlink; a DTD is refused too. */
    private static String relationships(byte[] bytes) {
        try {
            XMLStreamReader r = xml(bytes);
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    return NOT_DOCX;
                }
                if (event == XMLStreamConstants.START_ELEMENT
                        && r.getLocalName().equals("Relationship")) {
                    String mode = r.getAttributeValue(null, "TargetMode");
                    if (mode != null && mode.strip().equalsIgnoreCase("External")) {
                        String type = String.valueOf(r.getAttributeValue(null, "Type"));
                        String target = String.valueOf(r.getAttributeValue(null, "Target"))
                                .strip()
                                .toLowerCase(Locale.ROOT);
                        boolean link = type.endsWith("/hyperlink")
                                && (target.startsWith("http://")
                                        || target.startsWith("https://")
                                        || target.startsWith("mailto:"));
                        if (!link) {
                            return EXTERNAL;
                        }
                    }
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            return NOT_DOCX;
        }
    }

    /** Macro-enabled, ActiveX or OLE content types. */
    private static String contentTypes(byte[] bytes) {
        try {
            XMLStreamReader r = xml(bytes);
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    return NOT_DOCX;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String type = String.valueOf(r.getAttributeValue(null, "ContentType"))
                            .toLowerCase(Locale.ROOT);
                    if (type.contains("macroenabled")
                            || type.contains("vbaproject")
                            || type.contains("vbadata")
                            || type.contains("activex")
                            || type.contains("oleobject")) {
                        return MACRO;
                    }
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            return NOT_DOCX;
        }
    }

    // ---------------------------------------------------------------- bytes

    /** Inflates within the budget; null if the data is not deflated or exceeds the budget. */
    private static byte[] inflate(byte[] c, int offset, int length, long[] budget, boolean raw) {
        Inflater inflater = new Inflater(raw);
        try {
            inflater.setInput(c, offset, length);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(length * 4 + 64, 1 << 20));
            byte[] buffer = new byte[16384];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break; // truncated: what was inflated is checked
                }
                if (n > budget[0] || (!raw && out.size() + n > Integer.MAX_VALUE - 16)) {
                    return null;
                }
                budget[0] -= n;
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    /** Where a ZIP's end-of-central-directory record starts within the last 64 KiB, or -1. */
    static int zipEndRecord(byte[] c) {
        int lowest = Math.max(0, c.length - 22 - 65535);
        for (int i = c.length - 22; i >= lowest; i--) {
            if (c[i] == 'P' && c[i + 1] == 'K' && c[i + 2] == 5 && c[i + 3] == 6) {
                return i;
            }
        }
        return -1;
    }

    private static int u16(byte[] c, int at) {
        return at + 2 > c.length || at < 0 ? 0 : (c[at] & 0xff) | (c[at + 1] & 0xff) << 8;
    }

    private static long u32(byte[] c, int at) {
        return at + 4 > c.length || at < 0 ? -1 : (u16(c, at) | (long) u16(c, at + 2) << 16);
    }

    private static boolean whiteSpace(byte b) {
        return b == 0 || b == 9 || b == 10 || b == 12 || b == 13 || b == 32;
    }

    private static boolean delimiter(byte b) {
        return b == '(' || b == ')' || b == '<' || b == '>' || b == '[' || b == ']' || b == '{' || b == '}' || b == '/'
                || b == '%';
    }

    private static int skipWhite(byte[] c, int from, int to) {
        int i = from;
        while (i < to && whiteSpace(c[i])) {
            i++;
        }
        return i;
    }

    private static int indexOf(byte[] c, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= c.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (c[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int lastIndexOf(byte[] c, byte[] needle, int before) {
        outer:
        for (int i = Math.min(before, c.length) - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (c[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
