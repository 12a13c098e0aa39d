package ru.probity.materials;

import java.util.LinkedHashMap;
import java.util.Map;
import ru.probity.materials.model.Tags;

/** A material's card as entered on its form; {@link #validate()} gives the field errors. */
public record MaterialForm(MaterialKind kind, String title, String description, String tags) {

    Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null) {
            errors.put("kind", "materials.error.kind");
        }
        if (title == null || title.isBlank()) {
            errors.put("title", "materials.error.title");
        } else if (title.length() > 1000) {
            errors.put("title", "materials.error.long");
        }
        if (description != null && description.length() > 20_000) {
            errors.put("description", "materials.error.long");
        }
        try {
            Tags.parse(tags);
        } catch (IllegalArgumentException e) {
            errors.put("tags", "materials.error.tags");
        }
        return errors;
    }
}
