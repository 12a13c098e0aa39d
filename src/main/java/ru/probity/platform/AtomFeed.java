package ru.probity.platform;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom 1.0 feed (RFC 4287) written with the JDK's streaming XML writer, so every text is escaped:
 * the feed's id (its own address), title, optional subtitle, updated, self and alternate links and
 * author; each entry its id (its page's address), title, alternate link, updated, optional published
 * and a summary. The public drafts for expertise and the public section's news are written with it.
 */
public record AtomFeed(
        String self, String page, String title, String subtitle, Instant updated, String author, List<Entry> entries) {

    /** The media type of a feed. */
    public static final String MEDIA_TYPE = "application/atom+xml";

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    /** An entry: {@code url} is both its id and its alternate link; {@code published} may be null. */
    public record Entry(String url, String title, Instant updated, Instant published, String summary) {}

    /** The feed as an XML document. */
    public String xml() {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", self);
            element(xml, "title", title);
            if (subtitle != null) {
                element(xml, "subtitle", subtitle);
            }
            element(xml, "updated", time(updated));
            link(xml, "self", self, MEDIA_TYPE);
            link(xml, "alternate", page, "text/html");
            xml.writeStartElement(ATOM, "author");
            element(xml, "name", author);
            xml.writeEndElement();
            for (Entry e : entries) {
                xml.writeStartElement(ATOM, "entry");
                element(xml, "id", e.url());
                element(xml, "title", e.title());
                link(xml, "alternate", e.url(), "text/html");
                element(xml, "updated", time(e.updated()));
                if (e.published() != null) {
                    element(xml, "published", time(e.published()));
                }
                element(xml, "summary", e.summary());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** An instant as RFC 3339 in UTC, to the second (as Atom and the site map want it). */
    public static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(ATOM, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
