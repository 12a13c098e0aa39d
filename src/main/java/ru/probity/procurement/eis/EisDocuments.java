package ru.probity.procurement.eis;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLStreamReader2;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.ContractChange;
import ru.probity.procurement.model.Notice;
import ru.probity.procurement.model.Protocol;

/**
 * Reads every kind of ЕИС 44-ФЗ document this product uses — contracts (every schema version),
 * notices, protocols with their bids, contract execution and changes — from XML files, ZIP archives
 * (the ЕИС archive layout: one XML per document, archives by region and month) and directories of
 * them, streaming, and passes each document to a {@link Sink} by kind.
 *
 * <p>A document that cannot be read is passed to {@link Sink#problem} with its file and reason and
 * the rest of the file and archive goes on; a document of a kind not read here is counted in {@link
 * Summary#skipped} by its element name. Neither is a failure of the file.
 */
public final class EisDocuments {

    /** Receives the documents as they are read; every method has a do-nothing default. */
    public interface Sink {
        default void contract(Contract contract) {}

        default void notice(Notice notice) {}

        default void protocol(Protocol protocol) {}

        default void change(ContractChange change) {}

        /** A document (or a file) that could not be read; reading goes on with the next. */
        default void problem(EisFileException problem) {}
    }

    /**
     * What a read brought.
     *
     * @param skipped documents of kinds not read here, by element name (e.g. {@code fcsClarification})
     * @param unknownElements elements of read documents that the reader did not expect where it
     *     expected a known choice (e.g. an unknown supplier kind), by element name
     */
    public record Summary(
            long files,
            long contracts,
            long notices,
            long protocols,
            long changes,
            long problems,
            Map<String, Long> skipped,
            Map<String, Long> unknownElements) {}

    /** Reads a file (XML or ZIP) or every file of a directory tree, in name order. */
    public Summary read(Path path, Sink sink) {
        Counting counting = new Counting(sink);
        try {
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : files) {
                    readFile(file, counting);
                }
            } else {
                readFile(path, counting);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counting.summary();
    }

    /** Reads one stream (XML or ZIP, not closed here); {@code name} goes into problems. */
    public Summary read(InputStream in, String name, Sink sink) {
        Counting counting = new Counting(sink);
        try {
            readStream(new BufferedInputStream(in, 1 << 16), name, counting);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counting.summary();
    }

    private void readFile(Path file, Counting sink) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            readStream(in, file.getFileName().toString(), sink);
        }
    }

    private void readStream(InputStream in, String name, Counting sink) throws IOException {
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K') {
            ZipInputStream zip = new ZipInputStream(in);
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (!entry.isDirectory()) {
                    readStream(new BufferedInputStream(zip, 1 << 16), name + "!" + entry.getName(), sink);
                }
            }
            return;
        }
        sink.files++;
        readXml(in, name, sink);
    }

    /**
     * One XML file: a root {@code export} holding documents, or a document as the root. Each document
     * is dispatched by its element name; a document that cannot be read is a problem and the next one
     * is read; a file that is not well-formed XML stops at the break (the documents before it are
     * kept).
     */
    private void readXml(InputStream in, String name, Counting sink) {
        XMLStreamReader r = null;
        int index = 0;
        try {
            r = Xml.open(in);
            String root = EisContractReader.rootElement(r, name);
            if (!"export".equals(root)) {
                document(r, root, name, ++index, sink);
                return;
            }
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    document(r, r.getLocalName(), name, ++index, sink);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    break;
                }
            }
        } catch (XMLStreamException e) {
            sink.problem(EisContractReader.malformed(name, Math.max(index, 1), e));
        } catch (EisFileException e) {
            sink.problem(e); // a DTD, an empty file
        } finally {
            EisContractReader.close(r);
        }
    }

    /** One document, the stream on its start tag; leaves the stream on its end tag. */
    private void document(XMLStreamReader r, String kind, String name, int index, Counting sink)
            throws XMLStreamException {
        try {
            switch (kindOf(kind)) {
                case CONTRACT -> {
                    ContractXml.Read read = ContractXml.parse(r, name, index, sink::unknown);
                    sink.contract(read.contract());
                    if (read.change() != null) {
                        sink.change(read.change());
                    }
                }
                case NOTICE -> sink.notice(NoticeXml.read(r, name, index, kind));
                case PROTOCOL -> sink.protocol(ProtocolXml.read(r, name, index, sink::unknown));
                case PROCEDURE -> ProcedureXml.read(r, name, index).forEach(sink::change);
                case SKIPPED -> {
                    ((XMLStreamReader2) r).skipElement();
                    sink.skipped.merge(kind, 1L, Long::sum);
                }
            }
        } catch (EisFileException e) {
            sink.problem(e);
        }
    }

    private enum Kind {
        CONTRACT,
        NOTICE,
        PROTOCOL,
        PROCEDURE,
        SKIPPED
    }

    /**
     * What a document element is: {@code contract}; a notice ({@code fcsNotification*}, {@code
     * epNotification*}, {@code fcs_notification*DateChange}) except cancellations ({@code *Cancel*})
     * and changes of the organizer ({@code *OrgChange*}); a protocol ({@code fcsProtocol*}, {@code
     * epProtocol*}) except a protocol's cancellation ({@code *Cancel*}); {@code contractProcedure},
     * {@code contractCancel}; anything else is skipped.
     */
    private static Kind kindOf(String kind) {
        if ("contract".equals(kind)) {
            return Kind.CONTRACT;
        }
        if ("contractProcedure".equals(kind) || "contractCancel".equals(kind)) {
            return Kind.PROCEDURE;
        }
        boolean cancel = kind.contains("Cancel");
        if ((kind.startsWith("fcsNotification")
                        || kind.startsWith("epNotification")
                        || kind.startsWith("fcs_notification"))
                && !cancel
                && !kind.contains("OrgChange")) {
            return Kind.NOTICE;
        }
        if (EisProtocolReader.isProtocol(kind) && !cancel) {
            return Kind.PROTOCOL;
        }
        return Kind.SKIPPED;
    }

    /** Counts what passes to the caller's sink. */
    private static final class Counting implements Sink {
        private final Sink sink;
        long files;
        long contracts;
        long notices;
        long protocols;
        long changes;
        long problems;
        final Map<String, Long> skipped = new TreeMap<>();
        final Map<String, Long> unknown = new TreeMap<>();

        Counting(Sink sink) {
            this.sink = sink;
        }

        @Override
        public void contract(Contract contract) {
            contracts++;
            sink.contract(contract);
        }

        @Override
        public void notice(Notice notice) {
            notices++;
            sink.notice(notice);
        }

        @Override
        public void protocol(Protocol protocol) {
            protocols++;
            sink.protocol(protocol);
        }

        @Override
        public void change(ContractChange change) {
            changes++;
            sink.change(change);
        }

        void unknown(String element) {
            unknown.merge(element, 1L, Long::sum);
        }

        @Override
        public void problem(EisFileException problem) {
            problems++;
            sink.problem(problem);
        }

        Summary summary() {
            return new Summary(
                    files, contracts, notices, protocols, changes, problems, Map.copyOf(skipped), Map.copyOf(unknown));
        }
    }
}
