package ru.probity.platform;

import static ru.probity.platform.ActiveContent.EXTERNAL;
import static ru.probity.platform.ActiveContent.MACRO;
import static ru.probity.platform.ActiveContent.MAX_INFLATED;
import static ru.probity.platform.ActiveContent.NOT_DOCX;
import static ru.probity.platform.ActiveContent.UNCHECKED;
import static ru.probity.platform.ScanBytes.inflate;
import static ru.probity.platform.ScanBytes.u16;
import static ru.probity.platform.ScanBytes.u32;
import static ru.probity.platform.ScanBytes.zipEndRecord;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The DOCX half of {@link ActiveContent}: a ZIP read through its central directory that holds
 * {@code [Content_Types].xml} and {@code word/document.xml}; no macros, ActiveX or OLE parts (names
 * ending in {@code .bin}, {@code vbaProject}, {@code activeX/}, macro-enabled content types); no
 * external relationship in any {@code .rels} part except a hyperlink to {@code http(s):} or {@code
 * mailto:} (an attached template, a frame, a linked OLE object or picture would be fetched when the
 * document opens). XML parts are read with DTDs and external entities off.
 */
final class DocxScan {

    private static final int MAX_ZIP_ENTRIES = 10_000;
    private static final int MAX_XML_PART = 8 * 1024 * 1024;

    private DocxScan() {}

    /** The reason the DOCX is refused, or null when it is inert. */
    static String scan(byte[] c) {
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
}
