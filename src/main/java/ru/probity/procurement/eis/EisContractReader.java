package ru.probity.procurement.eis;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import ru.probity.procurement.model.Contract;

/**
 * Reads ЕИС 44-ФЗ contracts ({@code zfcs_contract2015Type}) from XML files: a root {@code export}
 * holding one or many {@code contract} elements, or a bare {@code contract} root. Streaming (StAX):
 * memory does not grow with the file. DTDs and external entities are refused.
 *
 * <p>What is read: {@code regNum}, {@code number}, {@code signDate}, {@code customer/{inn,kpp,fullName}},
 * {@code priceInfo/price}, {@code priceInfo/currency/code}, the subject ({@code contractSubject}, else
 * the first {@code products/product/name}), the purchase number ({@code notificationNumber} or
 * {@code purchaseNumber} anywhere under {@code foundation}), single supplier (a {@code singleCustomer}
 * anywhere under {@code foundation}, or no notice at all) and the suppliers (see {@link SupplierXml}):
 * those of 2015+ by their kind element, those of schemas 4.x–7.x by {@code participantType}. Also the
 * ОКПД2 codes, the point of ст.93 ч.1 and {@code versionNumber}; the old {@code price} and {@code
 * currency/code} of 4.x–7.x. Every field and element: docs/formats/eis-documents.md.
 *
 * <p>Errors ({@link EisFileException}): not XML, a DTD, a root other than {@code export}/{@code contract},
 * a non-contract document in {@code export}, a contract without {@code regNum}, a bad date or price, an
 * INN with the wrong length or check digits. The first error stops reading; contracts before it have
 * already been passed to the consumer.
 */
public final class EisContractReader {

    /** Reads every contract of the file, in order. Returns how many were read. */
    public long read(Path file, Consumer<Contract> sink) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in, file.getFileName().toString(), sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All contracts of a file in a list: for small files. */
    public List<Contract> readAll(Path file) {
        List<Contract> contracts = new ArrayList<>();
        read(file, contracts::add);
        return contracts;
    }

    /**
     * Reads every contract of the stream (not closed here).
     *
     * @param fileName the name to put into error messages
     */
    public long read(InputStream in, String fileName, Consumer<Contract> sink) {
        XMLStreamReader r = null;
        int index = 0;
        try {
            r = Xml.open(in);
            String root = rootElement(r, fileName);
            if ("contract".equals(root)) {
                sink.accept(ContractXml.read(r, fileName, ++index));
                return index;
            }
            if (!"export".equals(root)) {
                throw new EisFileException(
                        fileName,
                        Xml.line(r),
                        0,
                        "файл не является выгрузкой контрактов ЕИС: корневой элемент «" + root + "»",
                        "not an EIS contract export: root element <" + root + ">");
            }
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (!"contract".equals(name)) {
                        throw new EisFileException(
                                fileName,
                                Xml.line(r),
                                index + 1,
                                "документ «" + name + "» не является контрактом",
                                "document <" + name + "> is not a contract");
                    }
                    sink.accept(ContractXml.read(r, fileName, ++index));
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    break;
                }
            }
            return index;
        } catch (XMLStreamException e) {
            throw malformed(fileName, index + 1, e);
        } finally {
            close(r);
        }
    }

    /** Moves to the root element and returns its local name; refuses a DTD. */
    static String rootElement(XMLStreamReader r, String fileName) throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.DTD) {
                throw new EisFileException(
                        fileName,
                        Xml.line(r),
                        0,
                        "файл содержит объявление DTD, такие файлы не принимаются",
                        "DTD declarations are not accepted");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                return r.getLocalName();
            }
        }
        throw new EisFileException(fileName, 0, 0, "файл пуст", "the file is empty");
    }

    static EisFileException malformed(String fileName, int index, XMLStreamException e) {
        int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
        String detail =
                e.getMessage() == null ? "" : e.getMessage().replaceAll("(?s)^ParseError at \\[[^]]*]:?\\s*", "");
        return new EisFileException(
                fileName,
                line,
                0,
                "файл повреждён или не является XML-документом",
                "malformed XML (contract " + index + "): " + detail.replace('\n', ' '),
                e);
    }

    static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // nothing to do
            }
        }
    }
}
