package ru.probity.procurement.eis;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import ru.probity.procurement.model.Protocol;

/**
 * Reads ЕИС 44-ФЗ procurement protocols: the {@code fcsProtocol*} family (e.g. {@code fcsProtocolEF3},
 * {@code fcsProtocolEFSingleApp}) and the newer {@code epProtocol*} family (e.g. {@code epProtocolEZK1}),
 * under a root {@code export} or as the root itself. Any element whose local name starts with
 * {@code fcsProtocol} or {@code epProtocol} is a protocol; see {@link ProtocolXml} for the fields.
 * Streaming, DTDs and external entities refused; errors are {@link EisFileException}.
 */
public final class EisProtocolReader {

    /** The protocols of a file (ЕИС puts one per file). */
    public List<Protocol> read(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The protocols of a stream (not closed here); {@code fileName} goes into error messages. */
    public List<Protocol> read(InputStream in, String fileName) {
        XMLStreamReader r = null;
        List<Protocol> protocols = new ArrayList<>();
        try {
            r = Xml.open(in);
            String root = EisContractReader.rootElement(r, fileName);
            if (isProtocol(root)) {
                protocols.add(ProtocolXml.read(r, fileName));
                return protocols;
            }
            if (!"export".equals(root)) {
                throw notProtocol(fileName, Xml.line(r), root);
            }
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (!isProtocol(r.getLocalName())) {
                        throw notProtocol(fileName, Xml.line(r), r.getLocalName());
                    }
                    protocols.add(ProtocolXml.read(r, fileName));
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    break;
                }
            }
            if (protocols.isEmpty()) {
                throw new EisFileException(fileName, 0, 0, "в файле нет протоколов", "no protocols in the file");
            }
            return protocols;
        } catch (XMLStreamException e) {
            throw EisContractReader.malformed(fileName, protocols.size() + 1, e);
        } finally {
            EisContractReader.close(r);
        }
    }

    static boolean isProtocol(String localName) {
        return localName.startsWith("fcsProtocol") || localName.startsWith("epProtocol");
    }

    private static EisFileException notProtocol(String fileName, int line, String element) {
        return new EisFileException(
                fileName,
                line,
                0,
                "документ «" + element + "» не является протоколом закупки ЕИС",
                "document <" + element + "> is not an EIS procurement protocol");
    }
}
