package ru.probity.procurement.eis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One ЕИС document element read from its start tag to its end tag, by local names (any namespace
 * prefix). Subclasses see each element's start and each element's end with its trimmed text; the
 * stack of local names of the open elements (the document's own element excluded) is {@link #names}
 * with {@link #depth} entries — no path strings are built. A problem found in the document is kept
 * (the first one) and thrown by {@link #finish()} at the document's end, so that the stream stays at
 * the document's end tag and the next document can be read.
 */
abstract class DocXml {

    final String fileName;
    final int index;
    final int startLine;
    String[] names = new String[32];
    int depth;
    private int problemLine;
    private String problemRu;
    private String problemEn;

    DocXml(String fileName, int index, int startLine) {
        this.fileName = fileName;
        this.index = index;
        this.startLine = startLine;
    }

    /** Reads the document to its end tag. */
    final void walk(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder(256);
        while (true) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (depth == names.length) {
                        names = Arrays.copyOf(names, depth * 2);
                    }
                    String local = r.getLocalName();
                    names[depth++] = local;
                    text.setLength(0);
                    start(local);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == 0) {
                        return;
                    }
                    end(names[depth - 1], text.isEmpty() ? null : Xml.clean(text), Xml.line(r));
                    text.setLength(0);
                    depth--;
                }
                case XMLStreamConstants.END_DOCUMENT ->
                    throw EisFileException.ofDocument(
                            fileName, Xml.line(r), index, "файл оборвался внутри документа", "unexpected end of file");
                default -> {
                    // comments, processing instructions
                }
            }
        }
    }

    /** An element opens; it is {@code names[depth - 1]}. */
    void start(String local) {}

    /** An element closes; it is {@code names[depth - 1]}; {@code value} is its trimmed text or null. */
    abstract void end(String local, String value, int line);

    /** The parent of the current element (at {@code up} = 1), its grandparent (2)…; null above the top. */
    final String up(int up) {
        int i = depth - 1 - up;
        return i >= 0 ? names[i] : null;
    }

    /** Whether an open element (the current one included) has this local name. */
    final boolean within(String name) {
        for (int i = depth - 1; i >= 0; i--) {
            if (names[i].equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The first problem of the document is kept; the rest are usually its consequences. */
    final void add(int line, String russian, String english) {
        if (problemRu == null) {
            problemLine = line;
            problemRu = russian;
            problemEn = english;
        }
    }

    /** Throws the kept problem, if any. */
    final void finish() {
        if (problemRu != null) {
            throw EisFileException.ofDocument(fileName, problemLine, index, problemRu, problemEn);
        }
    }

    final LocalDate date(String value, int line) {
        try {
            return Xml.date(value);
        } catch (DateTimeParseException e) {
            add(line, "неверная дата «" + value + "»", "invalid date '" + value + "'");
            return null;
        }
    }

    /**
     * An xs:dateTime (or xs:date) as written, the offset dropped: «2017-12-18T08:05:52.754+03:00» is
     * 08:05:52 of 18.12.2017; a date alone is its start.
     */
    final LocalDateTime dateTime(String value, int line) {
        try {
            if (value.length() >= 19 && value.charAt(10) == 'T') {
                return LocalDateTime.parse(value.substring(0, 19));
            }
            if (value.length() >= 16 && value.charAt(10) == 'T') {
                return LocalDateTime.parse(value.substring(0, 16));
            }
            return Xml.date(value).atStartOfDay();
        } catch (DateTimeParseException e) {
            add(line, "неверная дата «" + value + "»", "invalid date '" + value + "'");
            return null;
        }
    }

    final BigDecimal money(String value, int line) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            add(line, "неверная сумма «" + value + "»", "invalid amount '" + value + "'");
            return null;
        }
    }

    static Integer integer(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
