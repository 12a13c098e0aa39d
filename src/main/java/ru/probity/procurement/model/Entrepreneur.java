package ru.probity.procurement.model;

import java.time.LocalDate;

/** An individual entrepreneur from ЕГРИП. */
public record Entrepreneur(
        String inn,
        String ogrnip,
        PersonName name,
        String email,
        String address,
        LocalDate registeredOn,
        LocalDate terminatedOn,
        LocalDate extractDate) {

    /** The same entrepreneur as an extract of {@code date}. */
    public Entrepreneur asOf(LocalDate date) {
        return new Entrepreneur(inn, ogrnip, name, email, address, registeredOn, terminatedOn, date);
    }
}
