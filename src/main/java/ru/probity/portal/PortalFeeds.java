package ru.probity.portal;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.stereotype.Component;
import ru.probity.platform.AtomFeed;
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

    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final String baseUrl;
    private final Messages messages;

    PortalFeeds(ProbityProperties properties, Messages messages) {
        String base = properties.baseUrl();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.messages = messages;
    }

    String news(PortalOrganization organization, List<NewsItem> news) {
        Instant updated =
                news.stream().map(NewsItem::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
        return new AtomFeed(
                        baseUrl + "/public/" + organization.id() + "/news.atom",
                        baseUrl + "/public/" + organization.id() + "/news",
                        messages.text("portal.news.feedTitle", organization.name()),
                        null,
                        updated,
                        organization.name(),
                        news.stream()
                                .map(n -> new AtomFeed.Entry(
                                        baseUrl + n.path(),
                                        n.title(),
                                        n.updatedAt(),
                                        n.date().atStartOfDay(ZoneOffset.UTC).toInstant(),
                                        RichText.summary(n.body(), 60)))
                                .toList())
                .xml();
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
                    xml.writeCharacters(AtomFeed.time(p.modified()));
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
}
