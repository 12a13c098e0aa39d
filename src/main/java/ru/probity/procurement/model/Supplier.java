package ru.probity.procurement.model;

/**
 * The other party of a contract as ЕИС gives it: a Russian legal entity, an individual
 * entrepreneur or an individual (then {@code person} holds the name).
 *
 * @param kind legal entity, individual entrepreneur, individual, foreign
 */
public record Supplier(
        Kind kind, String inn, String kpp, String name, PersonName person, String address, String phone, String email) {

    public enum Kind {
        LEGAL_ENTITY,
        ENTREPRENEUR,
        INDIVIDUAL,
        FOREIGN
    }
}
