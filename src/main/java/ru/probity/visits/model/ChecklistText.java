package ru.probity.visits.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The default checklist shipped as the resource {@code visits/default-checklist.tsv}: one item a
 * line as {@code section<TAB>text<TAB>legal basis}; lines starting with {@code #} and blank lines
 * are skipped.
 */
public final class ChecklistText {

    /** An item of a checklist. */
    public record Item(String section, String text, String legalBasis) {}

    public static final String RESOURCE = "/visits/default-checklist.tsv";

    private ChecklistText() {}

    /** The items of the default checklist. */
    public static List<Item> defaults() {
        try (InputStream in = ChecklistText.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Item> read(InputStream in) throws IOException {
        List<Item> items = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
                throw new IllegalStateException(RESOURCE + ", line " + number + ": expected section, text, basis");
            }
            items.add(new Item(parts[0].strip(), parts[1].strip(), parts[2].strip()));
        }
        return items;
    }
}
