package ru.probity.org.exchange;

import java.util.List;

/** An employee row with the relative rows that follow it in the file. */
public record ImportedEmployee(PersonRow employee, List<PersonRow> relatives) {

    public ImportedEmployee {
        relatives = List.copyOf(relatives);
    }
}
