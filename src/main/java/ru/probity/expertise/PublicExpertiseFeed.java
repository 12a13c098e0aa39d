package ru.probity.expertise;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.stereotype.Component;
import ru.probity.platform.Messages;
import ru.probity.platform.ProbityProperties;
import ru.probity.platform.RegionTime;
import ru.probity.platform.RussianFormats;

/**
 * The Atom 1.0 feed (RFC 4287) of the drafts open for independent and public expertise: the feed's
 * id, title, updated and self link; each draft an entry with its id, title, link, updated and a
 * summary (organization, kind, period).
 */
@Component
class PublicExpertiseFeed {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    private final String baseUrl;
    private final RegionTime regionTime;
    private final Messages messages;

    PublicExpertiseFeed(ProbityProperties properties, RegionTime regionTime, Messages messages) {
        String base = properties.baseUrl();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.regionTime = regionTime;
        this.messages = messages;
    }

    String write(List<Publications.PublicDraft> drafts) {
        return write(drafts, "/public/expertise/feed.atom", "/public/expertise", messages.text("expertise.feed.title"));
    }

    /**
     * The feed of the drafts at {@code feedPath} (its id and self link), whose page is {@code
     * pagePath}, titled {@code title}: the region's, or one organization's.
     */
    String write(List<Publications.PublicDraft> drafts, String feedPath, String pagePath, String title) {
        Instant updated = drafts.stream()
                .map(d -> regionTime.instant(d.updatedAt()))
                .max(Instant::compareTo)
                .orElseGet(() -> regionTime.instant(regionTime.today().atStartOfDay()));
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", baseUrl + feedPath);
            element(xml, "title", title);
            element(xml, "subtitle", messages.text("expertise.feed.subtitle"));
            element(xml, "updated", time(updated));
            link(xml, "self", baseUrl + feedPath, "application/atom+xml");
            link(xml, "alternate", baseUrl + pagePath, "text/html");
            xml.writeStartElement(ATOM, "author");
            element(xml, "name", messages.text("expertise.feed.author"));
            xml.writeEndElement();
            for (Publications.PublicDraft d : drafts) {
                String url = baseUrl + "/public/expertise/" + d.id();
                xml.writeStartElement(ATOM, "entry");
                element(xml, "id", url);
                element(xml, "title", d.title());
                link(xml, "alternate", url, "text/html");
                element(xml, "updated", time(regionTime.instant(d.updatedAt())));
                element(
                        xml,
                        "summary",
                        messages.text(
                                "expertise.feed.summary",
                                d.organizationName(),
                                d.kindLabel(),
                                RussianFormats.date(d.startsOn()),
                                RussianFormats.date(d.endsOn())));
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

    private static String time(Instant instant) {
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
