package ru.probity.procurement.fns;

import com.ctc.wstx.stax.WstxInputFactory;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import ru.probity.platform.CountingInputStream;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.Entrepreneur;

/**
 * Reads the open-data files of the Federal Tax Service: ЕГРЮЛ ({@code Файл/Документ/СвЮЛ}) and
 * ЕГРИП ({@code Файл/Документ/СвИП}), formats 4.0x, in the encoding the XML prolog declares
 * (windows-1251 or UTF-8). Streaming: each document is handed to a callback as soon as it is read,
 * so a file of any size takes the memory of one document.
 *
 * <p>A file that is not XML or not a register, a document with neither {@code СвЮЛ} nor {@code
 * СвИП}, a missing INN or OGRN, an identifier with a wrong check digit, a bad date or number: a
 * {@link RegisterFileException} naming the file, the line and the document; no document is
 * skipped silently. Names stay as the register gives them (upper case).
 */
public final class FnsRegisterReader {

    private static final XMLInputFactory FACTORY = factory();

    private FnsRegisterReader() {}

    /**
     * Reads {@code in} to its end (it is not closed).
     *
     * @param fileName the name for messages
     * @param companies called with each legal entity, in file order
     * @param entrepreneurs called with each individual entrepreneur, in file order
     * @throws RegisterFileException when the file cannot be read as an FNS register
     */
    public static ReadSummary read(
            InputStream in, String fileName, Consumer<Company> companies, Consumer<Entrepreneur> entrepreneurs) {
        long started = System.nanoTime();
        CountingInputStream counted = new CountingInputStream(new BufferedInputStream(in, 1 << 16));
        XMLStreamReader reader;
        try {
            reader = FACTORY.createXMLStreamReader(counted);
        } catch (XMLStreamException e) {
            throw new RegisterFileException(
                    fileName, 0, 0, "файл не читается как XML", "cannot open as XML: " + e.getMessage(), e);
        }
        Cursor c = new Cursor(reader, fileName);
        EgrulDocument egrul = new EgrulDocument(c);
        EgripDocument egrip = new EgripDocument(c);
        int companyCount = 0, entrepreneurCount = 0;
        try {
            int inside = NONE; // what the current document holds
            int docDepth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    c.push(name);
                    int depth = c.depth();
                    if (inside == EGRUL) {
                        egrul.start(name);
                    } else if (inside == EGRIP) {
                        egrip.start(name);
                    } else if (depth == 1) {
                        if (!name.equals("Файл")) {
                            throw c.error(
                                    "это не файл ЕГРЮЛ или ЕГРИП (корневой элемент " + name + " вместо Файл)",
                                    "not an FNS register file (root element " + name + ")");
                        }
                    } else if (depth == 2 && name.equals("Документ")) {
                        c.nextDocument();
                        docDepth = depth;
                        inside = EMPTY;
                    } else if (depth == 3 && inside == EMPTY) {
                        if (name.equals("СвЮЛ")) {
                            inside = EGRUL;
                            egrul.begin();
                        } else if (name.equals("СвИП")) {
                            inside = EGRIP;
                            egrip.begin();
                        }
                    }
                    event = reader.getEventType(); // a text-only element may have been read to its end
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    if (inside == EGRUL) {
                        Company company = egrul.end();
                        if (company != null) {
                            companyCount++;
                            companies.accept(company);
                            inside = DONE;
                        }
                    } else if (inside == EGRIP) {
                        Entrepreneur entrepreneur = egrip.end();
                        if (entrepreneur != null) {
                            entrepreneurCount++;
                            entrepreneurs.accept(entrepreneur);
                            inside = DONE;
                        }
                    } else if (c.depth() == docDepth && inside != NONE) {
                        if (inside == EMPTY) {
                            throw c.error(
                                    "документ не содержит сведений ни о юридическом лице (СвЮЛ), ни об индивидуальном предпринимателе (СвИП)",
                                    "the document has neither СвЮЛ nor СвИП");
                        }
                        inside = NONE;
                    }
                    c.pop();
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNumber() : 0;
            throw new RegisterFileException(
                    fileName, line, c.document(), xmlProblem(e), "malformed XML: " + e.getMessage(), e);
        } finally {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // the stream is the caller's
            }
        }
        return new ReadSummary(
                companyCount,
                entrepreneurCount,
                egrul.persons,
                egrul.legalFounders,
                egrul.skippedFounders,
                counted.count(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static final int NONE = 0, EMPTY = 1, EGRUL = 2, EGRIP = 3, DONE = 4;

    /**
     * Woodstox, about twice as fast as the JDK's parser on these files. Hardened: no DTD, no
     * external entities (a DOCTYPE declaring one fails, see the tests). Its limits stay at their
     * defaults (1,000 attributes per element of at most 512 KB, depth 1,000, 100,000 entity
     * expansions): the predefined entities ({@code &quot;} in every «ООО "…"}) are not expansions
     * for Woodstox and count against none of them — unlike the JDK's parser, which counted them and
     * failed after ~18 MB — and with DTDs off no other entity can occur. Created directly, not
     * looked up, so that no other StAX provider on the class path can take its place.
     */
    /**
     * The Russian reason of a parser's error; the parser's own text («Undeclared general entity …»)
     * stays in the English message for the log.
     */
    static String xmlProblem(XMLStreamException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("entity") || m.contains("DOCTYPE") || m.contains("DTD")) {
            return "ошибка XML: файл содержит объявления или ссылки на сущности XML (DTD) — такие файлы не принимаются";
        }
        if (m.contains("maxTextLength") || m.contains("text length")) {
            return "ошибка XML: в файле слишком длинное текстовое значение";
        }
        return "ошибка XML: файл повреждён или не является XML-документом";
    }

    static XMLInputFactory factory() {
        XMLInputFactory f = new WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        // no text node of a register is near this; a larger one would be buffered whole
        f.setProperty(com.ctc.wstx.api.WstxInputProperties.P_MAX_TEXT_LENGTH, 16 * 1024 * 1024);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entities are not allowed: " + systemId);
        });
        return f;
    }
}
