package ru.probity.procurement.names;

import java.util.Locale;
import ru.probity.procurement.model.PersonName;

/** Brings names to their canonical form. */
public final class PersonNames {

    private PersonNames() {}

    /** The canonical form of a name (see {@link NormalName}). */
    public static NormalName normalize(PersonName name) {
        return new NormalName(part(name.lastName()), part(name.firstName()), part(name.middleName()));
    }

    static String part(String value) {
        if (value == null) {
            return "";
        }
        return value.strip()
                .toLowerCase(Locale.ROOT)
                .replace('ё', 'е')
                .replaceAll("\\s*-\\s*", "-")
                .replaceAll("\\.$", "")
                .replaceAll("\\s+", " ");
    }
}
