package ru.probity.portal;

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
import ru.probity.portal.text.RichText;

/**
 * The machine-read files of the public section: the Atom 1.0 feed (RFC 4287) of an organization's
 * news, and {@code sitemap.xml} (sitemaps.org 0.9) of every public page of every organization. The
 * addresses are absolute, from {@code probity.base-url}.
 */
@Component
class PortalFeeds {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final String baseUrl;
    private final Messages messages;

    PortalFeeds(ProbityProperties properties, Messages messages) {
        String base = properties.baseUrl();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.messages = messages;
    }

    String news(PortalOrganization organization, List<NewsItem> news) {
        String self = baseUrl + "/public/" + organization.id() + "/news.atom";
        Instant updated =
                news.stream().map(NewsItem::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", self);
            element(xml, "title", messages.text("portal.news.feedTitle", organization.name()));
            element(xml, "updated", time(updated));
            link(xml, "self", self, "application/atom+xml");
            link(xml, "alternate", baseUrl + "/public/" + organization.id() + "/news", "text/html");
            xml.writeStartElement(ATOM, "author");
            element(xml, "name", organization.name());
            xml.writeEndElement();
            for (NewsItem n : news) {
                String url = baseUrl + n.path();
                xml.writeStartElement(ATOM, "entry");
                element(xml, "id", url);
                element(xml, "title", n.title());
                link(xml, "alternate", url, "text/html");
                element(xml, "updated", time(n.updatedAt()));
                element(xml, "published", n.date() + "T00:00:00Z");
                element(xml, "summary", RichText.summary(n.body(), 60));
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

    String sitemap(List<PublicPage> pages) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(SITEMAP);
            xml.writeStartElement(SITEMAP, "urlset");
            xml.writeDefaultNamespace(SITEMAP);
            for (PublicPage p : pages) {
                xml.writeStartElement(SITEMAP, "url");
                xml.writeStartElement(SITEMAP, "loc");
                xml.writeCharacters(baseUrl + p.path());
                xml.writeEndElement();
                if (p.modified() != null) {
                    xml.writeStartElement(SITEMAP, "lastmod");
                    xml.writeCharacters(time(p.modified()));
                    xml.writeEndElement();
                }
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
