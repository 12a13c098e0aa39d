package ru.probity.procurement.eis;

import com.ctc.wstx.stax.WstxInputFactory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import ru.probity.platform.RussianFormats;

/** StAX plumbing shared by the ЕИС readers: a hardened factory and value parsing. */
final class Xml {

    private static final XMLInputFactory FACTORY = createFactory();

    private Xml() {}

    /**
     * Woodstox (as the FNS reader, {@code FnsRegisterReader#factory}), created directly rather than
     * looked up. Namespace-aware, no DTD and no external entities (XXE): a document with a DOCTYPE
     * that declares or references entities fails instead of reading local files or the network.
     * Woodstox's limits stay at their defaults: the predefined entities ({@code &quot;} in every
     * «ООО "…"») count against none of them.
     */
    private static XMLInputFactory createFactory() {
        XMLInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        // no text node of a contract or protocol is near this; a larger one would be buffered whole
        factory.setProperty(com.ctc.wstx.api.WstxInputProperties.P_MAX_TEXT_LENGTH, 16 * 1024 * 1024);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entities are not allowed: " + systemId);
        });
        return factory;
    }

    static XMLStreamReader open(java.io.InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /** The trimmed text, null when blank. */
    static String clean(CharSequence text) {
        return text == null ? null : RussianFormats.blankToNull(text.toString());
    }

    /**
     * An xs:date or xs:dateTime as ЕИС writes it («2020-10-01», «2020-10-01+03:00»,
     * «2020-10-01T08:29:25+03:00»): the calendar date as written, the offset ignored.
     *
     * @throws DateTimeParseException when it is not a date
     */
    static LocalDate date(String value) {
        if (value.length() < 10) {
            throw new DateTimeParseException("not a date", value, 0);
        }
        if (value.length() > 10) {
            char c = value.charAt(10);
            if (c != 'T' && c != '+' && c != '-' && c != 'Z' && c != ' ') {
                throw new DateTimeParseException("not a date", value, 10);
            }
        }
        return LocalDate.parse(value.substring(0, 10));
    }

    static int line(XMLStreamReader reader) {
        return reader.getLocation() == null ? 0 : Math.max(reader.getLocation().getLineNumber(), 0);
    }
}
