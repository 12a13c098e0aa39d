package ru.probity.procurement.fns;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import ru.probity.platform.RussianFormats;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.CompanyRole;
import ru.probity.procurement.model.CompanyShare;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.PersonLink;
import ru.probity.procurement.model.PersonName;

/** A company or an entrepreneur being gathered from the CSV rows with its INN. */
final class CsvEntry {

    private final String inn;
    private final boolean company;
    private final int firstLine;
    private String ogrn, name, address, email;
    private PersonName person;
    private final List<PersonLink> people = new ArrayList<>();
    private final List<CompanyShare> founders = new ArrayList<>();

    CsvEntry(String inn, boolean company, int firstLine) {
        this.inn = inn;
        this.company = company;
        this.firstLine = firstLine;
    }

    /** The company's own fields: the same in every row of the INN, or empty in some. */
    void merge(Row row, String ogrnValue, String nameValue, String addressValue, String emailValue) {
        String o = row.value(ogrnValue);
        row.identifier(o, company ? Cursor.IdCheck.OGRN : Cursor.IdCheck.OGRNIP, company ? "ОГРН" : "ОГРНИП", false);
        ogrn = same(row, ogrn, o, "ogrn");
        name = same(row, name, row.value(nameValue), "name");
        address = same(row, address, row.value(addressValue), "address");
        email = same(row, email, row.value(emailValue), "email");
    }

    void tie(
            Row row,
            CompanyRole role,
            String personInn,
            PersonName personName,
            BigDecimal share,
            String founderInn,
            String founderName) {
        if (role == null) {
            if (personName != null || personInn != null || founderInn != null || founderName != null || share != null) {
                throw row.error(
                        "не указана роль (role) человека или учредителя в строке",
                        "a person or founder without a role");
            }
            return;
        }
        if (share != null && role != CompanyRole.FOUNDER) {
            throw row.error(
                    "доля (share_percent) бывает только у учредителя (role=founder)", "a share of a non-founder");
        }
        if (founderInn != null || founderName != null) {
            if (role != CompanyRole.FOUNDER || personName != null || personInn != null) {
                throw row.error(
                        "в строке учредителя — юридического лица (founder_inn, founder_name) не должно быть человека, а role должна быть founder",
                        "a legal founder row with a person or another role");
            }
            row.identifier(founderInn, Cursor.IdCheck.ORGANIZATION_INN, "ИНН учредителя (founder_inn)", false);
            founders.add(new CompanyShare(founderInn, null, founderName, share, null, null));
            return;
        }
        if (personName == null) {
            throw row.error("не указана фамилия (last_name)", "missing last_name");
        }
        row.identifier(personInn, Cursor.IdCheck.PERSON_INN, "ИНН человека (person_inn)", false);
        people.add(new PersonLink(personInn, personName, role, null, share, null, null));
    }

    void person(Row row, String personInn, PersonName personName) {
        if (personInn != null && !personInn.equals(inn)) {
            throw row.error(
                    "person_inn индивидуального предпринимателя не совпадает с inn", "person_inn differs from inn");
        }
        if (personName == null) {
            throw row.error("не указана фамилия (last_name) индивидуального предпринимателя", "missing last_name");
        }
        if (person != null && !person.equals(personName)) {
            throw row.error(
                    "ФИО отличается от указанного в строке " + firstLine + " для того же ИНН",
                    "the name differs from line " + firstLine);
        }
        person = personName;
    }

    Company company() {
        return new Company(
                inn,
                null,
                ogrn,
                name,
                null,
                address,
                email,
                null,
                null,
                null,
                null,
                List.copyOf(people),
                List.copyOf(founders));
    }

    Entrepreneur entrepreneur() {
        return new Entrepreneur(inn, ogrn, person, email, address, null, null, null);
    }

    private String same(Row row, String known, String value, String column) {
        if (value == null) {
            return known;
        }
        if (known != null && !known.equals(value)) {
            throw row.error(
                    "значение " + column + " «" + value + "» отличается от указанного в строке " + firstLine
                            + " для того же ИНН («" + known + "»)",
                    column + " differs from line " + firstLine + " for the same INN");
        }
        return value;
    }

    /** One line of the file: values and errors there. */
    record Row(String fileName, int line) {

        String value(String v) {
            return RussianFormats.blankToNull(v);
        }

        void identifier(String value, Cursor.IdCheck check, String what, boolean mandatory) {
            if (value == null) {
                if (mandatory) {
                    throw error("не указан " + what, "missing " + what);
                }
                return;
            }
            check.check(value).ifPresent(problem -> {
                throw error(what + " «" + value + "»: " + problem, what + " '" + value + "' is invalid");
            });
        }

        BigDecimal percent(String v) {
            String s = value(v);
            if (s == null) {
                return null;
            }
            BigDecimal p;
            try {
                p = new BigDecimal(s.replace(',', '.').replace("%", "").strip());
            } catch (NumberFormatException e) {
                throw error("доля (share_percent) «" + s + "» — не число", "share_percent is not a number");
            }
            if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw error("доля (share_percent) «" + s + "» должна быть от 0 до 100", "share_percent out of 0..100");
            }
            return Cursor.normalize(p);
        }

        RegisterFileException error(String russian, String english) {
            return new RegisterFileException(fileName, line, 0, russian, english);
        }
    }
}
