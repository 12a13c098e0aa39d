package ru.probity.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of an OpenDocument text file (ODT): {@code content.xml} read from the archive within the
 * upload limits ({@link BoundedZip}) and streamed with StAX, without DTDs or external entities.
 * Only the text of paragraphs and headings counts, its XML whitespace collapsed to one space;
 * paragraphs and headings end with a line break; {@code text:s}, {@code text:tab} and {@code
 * text:line-break} become spaces, tabs and line breaks; notes and annotations are left out.
 */
final class OdtText {

    private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    private OdtText() {}

    static String extract(byte[] content, BoundedZip.Limits limits, String fileName) throws IOException {
        byte[][] xml = {null};
        BoundedZip.forEachEntry(
                new ByteArrayInputStream(content), StandardCharsets.UTF_8, limits, fileName, (name, in) -> {
                    if (name.equals("content.xml")) {
                        xml[0] = in.readAllBytes();
                    }
                });
        if (xml[0] == null) {
            throw new IOException("no content.xml in " + fileName);
        }
        try {
            return text(new ByteArrayInputStream(xml[0]));
        } catch (XMLStreamException e) {
            throw new IOException("content.xml of " + fileName + " is not well-formed: " + e.getMessage(), e);
        }
    }

    private static String text(InputStream xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = factory.createXMLStreamReader(xml);
        StringBuilder out = new StringBuilder();
        int skipped = 0;
        int paragraphs = 0;
        try {
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String ns = r.getNamespaceURI();
                    String local = r.getLocalName();
                    if (skipped > 0
                            || (TEXT_NS.equals(ns) && local.equals("note"))
                            || (OFFICE_NS.equals(ns) && local.equals("annotation"))) {
                        skipped++;
                    } else if (TEXT_NS.equals(ns)) {
                        switch (local) {
                            case "p", "h" -> paragraphs++;
                            case "s" -> {
                                String c = r.getAttributeValue(TEXT_NS, "c");
                                int n = c == null ? 1 : Math.max(1, Math.min(1000, Integer.parseInt(c.strip())));
                                out.repeat(' ', n);
                            }
                            case "tab" -> out.append('\t');
                            case "line-break" -> out.append('\n');
                            default -> {}
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (skipped > 0) {
                        skipped--;
                    } else if (TEXT_NS.equals(r.getNamespaceURI())
                            && (r.getLocalName().equals("p") || r.getLocalName().equals("h"))) {
                        paragraphs--;
                        out.append('\n');
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                        && skipped == 0
                        && paragraphs > 0) {
                    // XML whitespace collapses to one space (ODF 1.2, 6.1.2); text:s stands for more
                    out.append(r.getText().replaceAll("[ \\t\\r\\n]+", " "));
                }
            }
        } finally {
            r.close();
        }
        return out.toString();
    }
}
