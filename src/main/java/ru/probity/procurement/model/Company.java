package ru.probity.procurement.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A legal entity from ЕГРЮЛ (or another source of the same shape).
 *
 * @param extractDate the date of the extract (ДатаВып) — a newer extract supersedes an older one
 * @param terminatedOn the date the company ceased to exist, null if it exists
 * @param people directors, board members and natural-person founders
 * @param founders legal entities among the founders, with their shares
 * @param managingOrganizations the managing organization (СвУпрОрг) that holds the powers of the
 *     sole executive body, if any — «иной орган управления» of 44-ФЗ ст.31 ч.1 п.9 (share null)
 * @param unreliableData what ЕГРЮЛ marks as unreliable (запись о недостоверности сведений, 129-ФЗ
 *     ст.11 п.6): {@code ADDRESS}, {@code DIRECTOR}, {@code FOUNDER}; empty when nothing is
 */
public record Company(
        String inn,
        String kpp,
        String ogrn,
        String fullName,
        String shortName,
        String address,
        String email,
        String phone,
        LocalDate registeredOn,
        LocalDate terminatedOn,
        LocalDate extractDate,
        List<PersonLink> people,
        List<CompanyShare> founders,
        List<CompanyShare> managingOrganizations,
        List<String> unreliableData) {

    public Company {
        managingOrganizations = managingOrganizations == null ? List.of() : List.copyOf(managingOrganizations);
        unreliableData = unreliableData == null ? List.of() : List.copyOf(unreliableData);
    }

    /** A company with nothing marked unreliable. */
    public Company(
            String inn,
            String kpp,
            String ogrn,
            String fullName,
            String shortName,
            String address,
            String email,
            String phone,
            LocalDate registeredOn,
            LocalDate terminatedOn,
            LocalDate extractDate,
            List<PersonLink> people,
            List<CompanyShare> founders,
            List<CompanyShare> managingOrganizations) {
        this(
                inn,
                kpp,
                ogrn,
                fullName,
                shortName,
                address,
                email,
                phone,
                registeredOn,
                terminatedOn,
                extractDate,
                people,
                founders,
                managingOrganizations,
                List.of());
    }

    /** A company without a managing organization. */
    public Company(
            String inn,
            String kpp,
            String ogrn,
            String fullName,
            String shortName,
            String address,
            String email,
            String phone,
            LocalDate registeredOn,
            LocalDate terminatedOn,
            LocalDate extractDate,
            List<PersonLink> people,
            List<CompanyShare> founders) {
        this(
                inn,
                kpp,
                ogrn,
                fullName,
                shortName,
                address,
                email,
                phone,
                registeredOn,
                terminatedOn,
                extractDate,
                people,
                founders,
                List.of());
    }

    /** The same company as an extract of {@code date} with these people. */
    public Company asOf(LocalDate date, List<PersonLink> people) {
        return new Company(
                inn,
                kpp,
                ogrn,
                fullName,
                shortName,
                address,
                email,
                phone,
                registeredOn,
                terminatedOn,
                date,
                people,
                founders,
                managingOrganizations,
                unreliableData);
    }

    public String displayName() {
        return shortName == null || shortName.isBlank() ? fullName : shortName;
    }
}
