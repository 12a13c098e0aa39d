package ru.probity.contest.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import ru.probity.platform.Refusal;

/**
 * What a nomination accepts as a work: images (JPEG, PNG), PDF, DOCX as files, a video as a link to
 * an external hosting (an {@code https} address; the video itself is never uploaded).
 */
public enum WorkKind {
    IMAGE,
    PDF,
    DOCX,
    VIDEO;

    /** The longest video link. */
    public static final int MAX_LINK = 500;

    /** «IMAGE,PDF» → the set; unknown names refused. */
    public static Set<WorkKind> parse(String kinds) {
        Set<WorkKind> set = EnumSet.noneOf(WorkKind.class);
        if (kinds != null) {
            for (String k : kinds.split("[,\\s]+")) {
                if (!k.isBlank()) {
                    try {
                        set.add(WorkKind.valueOf(k.strip().toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        throw Refusal.invalid("contest.error.workKinds");
                    }
                }
            }
        }
        return set;
    }

    /** The stored form of a set. */
    public static String format(Set<WorkKind> kinds) {
        return String.join(",", kinds.stream().map(Enum::name).toList());
    }

    /**
     * The kind of an attached file by its sniffed type ({@code PDF}, {@code JPEG}, {@code PNG},
     * {@code DOCX}, {@code TXT}); null for a type no nomination accepts.
     */
    public static WorkKind ofFileType(String type) {
        return switch (type) {
            case "JPEG", "PNG" -> IMAGE;
            case "PDF" -> PDF;
            case "DOCX" -> DOCX;
            default -> null;
        };
    }

    /**
     * A video link: an absolute {@code https} address with a host, no user info, at most
     * {@link #MAX_LINK} characters; refused otherwise. Null or blank gives null.
     */
    public static String videoLink(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String value = link.strip();
        if (value.length() > MAX_LINK) {
            throw Refusal.invalid("contest.error.videoLink");
        }
        try {
            URI uri = new URI(value);
            if (!"https".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null
                    || !uri.getHost().contains(".")
                    || uri.getRawUserInfo() != null) {
                throw Refusal.invalid("contest.error.videoLink");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw Refusal.invalid("contest.error.videoLink");
        }
    }
}
