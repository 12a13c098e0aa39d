package ru.probity.platform;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A file a user attaches to a record (a notification, a commission's document): PDF, JPEG, PNG,
 * DOCX or plain text, recognised by its first bytes (the name's extension must agree), within a
 * size limit; the name reduced to a plain file name. Nothing is inflated or parsed by {@link #check}.
 * {@link #checkInert} also refuses active content (issue 14, item 13: scripts, actions and embedded
 * or appended files in a PDF, a ZIP posing as a DOCX, macros and external relationships in a DOCX —
 * see {@code ActiveContent}); the reports' public reception uses it.
 */
public record AttachedFile(String name, Type type, byte[] content, String sha256) {

    /** The accepted types with their content type and extensions. */
    public enum Type {
        PDF("application/pdf", "pdf"),
        JPEG("image/jpeg", "jpg", "jpeg"),
        PNG("image/png", "png"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        TXT("text/plain; charset=UTF-8", "txt");

        private final String contentType;
        private final String[] extensions;

        Type(String contentType, String... extensions) {
            this.contentType = contentType;
            this.extensions = extensions;
        }

        public String contentType() {
            return contentType;
        }

        boolean hasExtension(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            for (String e : extensions) {
                if (lower.endsWith("." + e)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** What the HTML {@code accept} attribute of a file input lists. */
    public static final String ACCEPT = ".pdf,.jpg,.jpeg,.png,.docx,.txt";

    /**
     * A refused file; {@code reason} is one of {@code empty}, {@code size}, {@code type}, {@code name}
     * and, from {@link #checkInert}, {@code script}, {@code appended}, {@code notDocx}, {@code macro},
     * {@code external}, {@code unchecked}.
     */
    public static final class Refused extends RuntimeException {
        private final String reason;
        private final String fileName;

        Refused(String reason, String fileName) {
            super("File refused: " + reason);
            this.reason = reason;
            this.fileName = fileName;
        }

        public String reason() {
            return reason;
        }

        public String fileName() {
            return fileName;
        }
    }

    /** Checks an upload; returns it with its type and SHA-256, or throws {@link Refused}. */
    public static AttachedFile check(String name, byte[] content, long maxBytes) {
        String clean = cleanName(name);
        if (content.length == 0) {
            throw new Refused("empty", clean);
        }
        if (content.length > maxBytes) {
            throw new Refused("size", clean);
        }
        if (clean.isEmpty()) {
            throw new Refused("name", clean);
        }
        Type type = sniff(content);
        if (type == null || !type.hasExtension(clean)) {
            throw new Refused("type", clean);
        }
        return new AttachedFile(clean, type, content, sha256(content));
    }

    /**
     * Like {@link #check}, and the file holds no active content an officer's viewer could run or
     * fetch when he opens it: a PDF without scripts, auto-run actions, embedded or appended files; a
     * DOCX that is a Word document without macros, ActiveX, OLE parts or external relationships
     * other than web and mail hyperlinks. A bounded byte scan (at most {@code
     * ActiveContent.MAX_INFLATED} bytes inflated).
     */
    public static AttachedFile checkInert(String name, byte[] content, long maxBytes) {
        AttachedFile file = check(name, content, maxBytes);
        String problem = switch (file.type()) {
            case PDF -> ActiveContent.pdf(content);
            case DOCX -> ActiveContent.docx(content);
            case JPEG, PNG -> ActiveContent.zipEndRecord(content) >= 0 ? ActiveContent.APPENDED : null;
            case TXT -> null;
        };
        if (problem != null) {
            throw new Refused(problem, file.name());
        }
        return file;
    }

    /**
     * {@link #checkInert} refused in Russian for a page: the reasons are the keys {@code file.*} of
     * messages.properties with the file's name and the limit in megabytes, so that the modules keeping
     * attached files share one wording (visits, agreements).
     */
    public static AttachedFile checkInertOrRefuse(String name, byte[] content, long maxBytes) {
        try {
            return checkInert(name, content == null ? new byte[0] : content, maxBytes);
        } catch (Refused e) {
            throw Refusal.invalid("file." + e.reason(), e.fileName(), maxBytes / (1024L * 1024L));
        }
    }

    /** Refuses one file more where {@code stored} files are kept already and at most {@code maxFiles} are. */
    public static void requireRoom(int stored, int maxFiles) {
        if (stored >= maxFiles) {
            throw Refusal.conflict("file.tooMany", maxFiles);
        }
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Type sniff(byte[] c) {
        if (starts(c, 0x25, 0x50, 0x44, 0x46, 0x2d)) {
            return Type.PDF;
        }
        if (starts(c, 0xff, 0xd8, 0xff)) {
            return Type.JPEG;
        }
        if (starts(c, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) {
            return Type.PNG;
        }
        if (starts(c, 0x50, 0x4b, 0x03, 0x04)) {
            // a Word document is a ZIP whose directory names word/document.xml; nothing is inflated
            return contains(c, "word/document.xml".getBytes(StandardCharsets.US_ASCII)) ? Type.DOCX : null;
        }
        return isText(c) ? Type.TXT : null;
    }

    private static boolean isText(byte[] c) {
        for (byte b : c) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(c));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean starts(byte[] c, int... prefix) {
        if (c.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((c[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] c, byte[] needle) {
        outer:
        for (int i = 0; i <= c.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (c[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The last path segment without control characters, trimmed to 150 characters. */
    public static String cleanName(String name) {
        if (name == null) {
            return "";
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        base.codePoints()
                .filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT)
                .forEach(clean::appendCodePoint);
        String result = clean.toString().strip();
        if (result.equals(".") || result.equals("..")) {
            return "";
        }
        return result.length() > 150 ? result.substring(result.length() - 150) : result;
    }
}
