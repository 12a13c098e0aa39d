package ru.probity.materials.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Free tags typed as "декларации, подарки; конфликт интересов": trimmed, lower case, distinct. */
public final class Tags {

    public static final int MAX_TAGS = 20;
    public static final int MAX_LENGTH = 60;

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private Tags() {}

    /** The tags of the text; refuses more than {@link #MAX_TAGS} or one longer than {@link #MAX_LENGTH}. */
    public static List<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String part : text.split("[,;\\n]")) {
            String tag = part.strip().replaceAll("\\s+", " ").toLowerCase(RUSSIAN);
            if (tag.startsWith("#")) {
                tag = tag.substring(1).strip();
            }
            if (tag.isEmpty()) {
                continue;
            }
            if (tag.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("tag too long: " + tag);
            }
            tags.add(tag);
        }
        if (tags.size() > MAX_TAGS) {
            throw new IllegalArgumentException("too many tags: " + tags.size());
        }
        return new ArrayList<>(tags);
    }
}
