package ru.probity.procurement.affiliation;

import java.util.List;

/** A people file that cannot be read: every problem found, each with its line number, in Russian. */
public final class StaffFileException extends RuntimeException {

    private final List<String> errors;

    public StaffFileException(List<String> errors) {
        super(String.join("\n", errors));
        this.errors = List.copyOf(errors);
    }

    /** «Строка 5: неизвестная роль в закупках «boss»…». */
    public List<String> errors() {
        return errors;
    }
}
