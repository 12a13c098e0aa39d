package ru.probity.declarations.spravki;

import com.ctc.wstx.stax.WstxInputFactory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a «Справки БК» package: the {@code .xsb} container (a text header, then Base64 of the XML
 * in UTF-32LE) or the decoded XML (UTF-16 with a byte order mark, as the decoders save it, or
 * UTF-8). The XML is read with StAX (Woodstox, as the project's other readers), one {@code Справка}
 * at a time; DTDs and external entities are off. Thread-safe and stateless.
 *
 * <p>Fields stored by the program as not kept ({@code Хранение="Нет"}: the {@code …ДляПечати} print
 * strings, identifiers, texts composed from other fields) are skipped. Element and field names the
 * reader does not know become {@link ReadWarning}s; a file that is not a package at all is refused
 * with {@link NotAPackageException}.
 */
public final class SpravkiReader {

    private static final XMLInputFactory FACTORY = factory();
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final int HEADER_LIMIT = 4096;

    /** XML attributes of the program's elements; any other is reported. */
    private static final Set<String> KNOWN_XML_ATTRIBUTES =
            Set.of("Имя", "Печать", "Хранение", "QrLibVersion", "Версия", "Программа", "Код", "Фильтр");

    /** A package is well under a megabyte; a file above this is not read into memory. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    public SpravkiPackage read(Path file) throws IOException, NotAPackageException {
        String name = file.getFileName().toString();
        if (Files.size(file) > MAX_BYTES) {
            throw new NotAPackageException(name, "файл больше 64 МБ, а пакеты «Справки БК» много меньше");
        }
        return read(name, Files.readAllBytes(file));
    }

    /** {@code fileName} is only for the messages and the result. */
    public SpravkiPackage read(String fileName, byte[] content) throws NotAPackageException {
        return parse(fileName, text(fileName, content));
    }

    /** The XML text of a container or of an XML file. */
    static String text(String file, byte[] content) throws NotAPackageException {
        if (content.length == 0) {
            throw new NotAPackageException(file, "файл пуст");
        }
        int b0 = content[0] & 0xFF;
        int b1 = content.length > 1 ? content[1] & 0xFF : -1;
        if (b0 == 0xEF && b1 == 0xBB && content.length > 2 && (content[2] & 0xFF) == 0xBF) {
            return decode(file, content, 3, StandardCharsets.UTF_8, "UTF-8", "содержимое");
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return decode(file, content, 2, StandardCharsets.UTF_16LE, "UTF-16", "содержимое");
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return decode(file, content, 2, StandardCharsets.UTF_16BE, "UTF-16", "содержимое");
        }
        if (b0 == '<' && b1 == 0) {
            return decode(file, content, 0, StandardCharsets.UTF_16LE, "UTF-16", "содержимое");
        }
        if (b0 == 0 && b1 == '<') {
            return decode(file, content, 0, StandardCharsets.UTF_16BE, "UTF-16", "содержимое");
        }
        int first = 0;
        while (first < content.length && isSpace(content[first])) {
            first++;
        }
        if (first < content.length && content[first] == '<') {
            return decode(file, content, first, StandardCharsets.UTF_8, "UTF-8", "содержимое");
        }
        return container(file, content);
    }

    /** The container: whatever header, then Base64 of UTF-32LE text. */
    private static String container(String file, byte[] content) throws NotAPackageException {
        int start = bodyStart(content);
        byte[] body = withoutLineBreaks(content, start);
        if (body.length == 0) {
            throw new NotAPackageException(file, "после заголовка нет содержимого в Base64");
        }
        byte[] xml;
        try {
            xml = Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new NotAPackageException(file, "содержимое после заголовка не является кодировкой Base64", e);
        }
        if (xml.length % 4 != 0) {
            throw new NotAPackageException(file, "расшифрованное содержимое не является текстом в кодировке UTF-32LE");
        }
        String text = decode(file, xml, 0, UTF_32LE, "UTF-32LE", "расшифрованное содержимое");
        String stripped = text.stripLeading();
        if (!stripped.startsWith("<")) {
            throw new NotAPackageException(file, "расшифрованное содержимое не является XML");
        }
        return stripped;
    }

    /**
     * Where the Base64 body starts, whatever the header: at the Base64 of the XML's first character,
     * {@code <} in UTF-32LE ({@code PAAAA}) or a byte order mark ({@code //4AA}), when the header is
     * short; else after the first two spaces (the samples' {@code XSB1} and, by the public decoders,
     * the real header); else at the last run of Base64 characters.
     */
    static int bodyStart(byte[] content) {
        int limit = Math.min(content.length, HEADER_LIMIT);
        for (int i = 0; i + 5 <= limit; i++) {
            if (startsWith(content, i, "PAAAA") || startsWith(content, i, "//4AA")) {
                return i;
            }
        }
        for (int i = 0; i + 1 < limit; i++) {
            if (content[i] == ' ' && content[i + 1] == ' ') {
                int start = i + 2;
                while (start < content.length && isSpace(content[start])) {
                    start++;
                }
                return start;
            }
        }
        int end = content.length;
        while (end > 0 && isSpace(content[end - 1])) {
            end--;
        }
        int start = end;
        while (start > 0
                && (isBase64(content[start - 1]) || content[start - 1] == '\r' || content[start - 1] == '\n')) {
            start--;
        }
        return start;
    }

    private static boolean startsWith(byte[] content, int at, String ascii) {
        for (int k = 0; k < ascii.length(); k++) {
            if (content[at + k] != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] withoutLineBreaks(byte[] content, int start) {
        int end = content.length;
        while (end > start && isSpace(content[end - 1])) {
            end--;
        }
        byte[] body = new byte[end - start];
        int n = 0;
        for (int i = start; i < end; i++) {
            byte b = content[i];
            if (b != '\r' && b != '\n') {
                body[n++] = b;
            }
        }
        return n == body.length ? body : java.util.Arrays.copyOf(body, n);
    }

    private static boolean isBase64(byte b) {
        return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '+' || b == '/' || b == '=';
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\r' || b == '\n' || b == '\t';
    }

    private static String decode(String file, byte[] bytes, int offset, Charset charset, String label, String what)
            throws NotAPackageException {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new NotAPackageException(file, what + " не является текстом в кодировке " + label, e);
        }
    }

    /** Parses the XML text: the root must be {@code Пакет}; each {@code Справка} is mapped as it ends. */
    static SpravkiPackage parse(String file, String xml) throws NotAPackageException {
        XMLStreamReader r;
        try {
            r = FACTORY.createXMLStreamReader(new StringReader(xml));
        } catch (XMLStreamException e) {
            throw notXml(file, e);
        }
        try {
            return parse(file, r);
        } catch (XMLStreamException e) {
            throw notXml(file, e);
        } finally {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // nothing held: the source is a string
            }
        }
    }

    private static SpravkiPackage parse(String file, XMLStreamReader r)
            throws XMLStreamException, NotAPackageException {
        while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
            // prolog: declaration, comments
        }
        if (!r.isStartElement()) {
            throw new NotAPackageException(file, "в XML нет ни одного элемента");
        }
        if (!"Пакет".equals(r.getLocalName())) {
            throw new NotAPackageException(
                    file, "корневой элемент XML — «" + r.getLocalName() + "», а в пакете «Справки БК» это «Пакет»");
        }
        List<ReadWarning> packageWarnings = new ArrayList<>();
        Node root = new Node("Пакет", 0);
        String formatVersion = r.getAttributeValue(null, "Версия");
        String program = r.getAttributeValue(null, "Программа");
        List<UnknownAttribute> packageAttributes = new ArrayList<>();
        checkAttributes(r, root, packageAttributes);
        List<Spravka> declarations = new ArrayList<>();
        List<UnknownAttribute> attributes = packageAttributes;
        Node spravka = null;
        Node current = root;
        Node resume = root;
        while (r.hasNext()) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    String element = r.getLocalName();
                    if (spravka == null && "Справка".equals(element)) {
                        spravka = new Node("Справка", declarations.size() + 1);
                        attributes = new ArrayList<>();
                        checkAttributes(r, spravka, attributes);
                        resume = current;
                        current = spravka;
                        continue;
                    }
                    String name = element;
                    if ("Атрибут".equals(element)) {
                        if ("Нет".equals(r.getAttributeValue(null, "Хранение"))) {
                            skip(r);
                            continue;
                        }
                        name = r.getAttributeValue(null, "Имя");
                        if (name == null || name.isBlank()) {
                            name = "Атрибут";
                        } else if (name.endsWith("ДляПечати")) {
                            skip(r);
                            continue;
                        }
                    }
                    Node node = new Node(name, current);
                    current.add(node);
                    checkAttributes(r, node, attributes);
                    current = node;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    current.appendText(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                case XMLStreamConstants.END_ELEMENT -> {
                    if (current == spravka) {
                        List<ReadWarning> warnings = new ArrayList<>();
                        attributes.forEach(a -> warnings.add(a.warning()));
                        declarations.add(SpravkaMapper.map(spravka, warnings));
                        spravka = null;
                        attributes = packageAttributes;
                        current = resume;
                    } else if (current.parent != null) {
                        current = current.parent;
                    }
                }
                default -> {
                    // comments, processing instructions
                }
            }
        }
        packageAttributes.forEach(a -> packageWarnings.add(a.warning()));
        Boolean hasOwn = Values.bool(root, "ИмеетсяСправкаНаСебя", packageWarnings);
        Boolean hasSpouse = Values.bool(root, "ИмеетсяСправкаНаСупругуИлиСупруга", packageWarnings);
        Node container = root.child("Справки");
        if (container != null) {
            container.text();
        }
        if (declarations.isEmpty()) {
            packageWarnings.add(new ReadWarning("Пакет", "в пакете нет ни одной справки"));
        }
        Values.reportUnread(root, packageWarnings);
        return new SpravkiPackage(file, formatVersion, program, hasOwn, hasSpouse, declarations, packageWarnings);
    }

    /** An XML attribute the reader does not know, reported once the element's siblings are known. */
    private record UnknownAttribute(Node node, String attribute) {

        ReadWarning warning() {
            return new ReadWarning(node.where(), "неизвестный атрибут «" + attribute + "» не прочитан");
        }
    }

    private static void checkAttributes(XMLStreamReader r, Node node, List<UnknownAttribute> unknown) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String attribute = r.getAttributeLocalName(i);
            if (!KNOWN_XML_ATTRIBUTES.contains(attribute)) {
                unknown.add(new UnknownAttribute(node, attribute));
            }
        }
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static NotAPackageException notXml(String file, XMLStreamException e) {
        String where = e.getLocation() == null
                ? ""
                : " (строка " + e.getLocation().getLineNumber() + ", позиция "
                        + e.getLocation().getColumnNumber() + ")";
        return new NotAPackageException(file, "содержимое не является правильным XML" + where, e);
    }

    /**
     * Woodstox, hardened: no DTD, no external entities, a resolver that refuses anything; a text
     * node may be at most 16 MB (a package is well under 1 MB).
     */
    private static XMLInputFactory factory() {
        XMLInputFactory f = new WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(com.ctc.wstx.api.WstxInputProperties.P_MAX_TEXT_LENGTH, 16 * 1024 * 1024);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entities are not read: " + systemId);
        });
        return f;
    }
}
