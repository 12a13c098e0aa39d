package ru.probity.procurement.fns;

import java.time.LocalDate;
import javax.xml.stream.XMLStreamException;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.PersonName;

/** One {@code СвИП} element being read; reused from document to document. */
final class EgripDocument {

    private final Cursor c;
    private final Address address = new Address();
    private int base;
    private int line;
    private String inn, ogrnip, lastName, firstName, middleName, email;
    private LocalDate registeredOn, terminatedOn, extractDate;

    EgripDocument(Cursor c) {
        this.c = c;
    }

    /** At the start tag of {@code СвИП}. */
    void begin() {
        base = c.depth();
        line = c.line();
        address.clear();
        lastName = firstName = middleName = email = null;
        terminatedOn = null;
        inn = c.attr("ИННФЛ");
        ogrnip = c.attr("ОГРНИП");
        registeredOn = c.date("ДатаОГРНИП");
        extractDate = c.date("ДатаВып");
    }

    /** At a start tag inside {@code СвИП}. */
    void start(String name) throws XMLStreamException {
        int level = c.depth() - base;
        if (level == 1) {
            if (name.equals("СвАдрЭлПочты")) {
                email = c.attr("E-mail");
            }
        } else if (level == 2) {
            String parent = c.up(1);
            if (parent.equals("СвФЛ") && name.equals("ФИОРус")) {
                lastName = c.attr("Фамилия");
                firstName = c.attr("Имя");
                middleName = c.attr("Отчество");
            } else if (parent.equals("СвПрекращ") && name.equals("СвСтатус")) {
                terminatedOn = c.date("ДатаПрекращ");
            } else if (parent.equals("СвАдрМЖ") && name.equals("АдресРФ")) {
                address.startRf(c);
            }
        } else if (level == 3 && c.up(1).equals("АдресРФ") && c.up(2).equals("СвАдрМЖ")) {
            address.rfPart(name, c);
        }
    }

    /** At an end tag inside (or of) {@code СвИП}; returns the entrepreneur at the end of {@code СвИП}. */
    Entrepreneur end() {
        if (c.depth() != base) {
            return null;
        }
        String i = c.identifier(
                inn, "ИНН индивидуального предпринимателя", "INN of the entrepreneur", line, Cursor.IdCheck.PERSON_INN);
        String o = c.identifier(ogrnip, "ОГРНИП", "OGRNIP of the entrepreneur", line, Cursor.IdCheck.OGRNIP);
        if (lastName == null) {
            throw c.error(
                    line,
                    "не указана фамилия индивидуального предпринимателя (СвФЛ/ФИОРус)",
                    "missing last name of the entrepreneur");
        }
        return new Entrepreneur(
                i,
                o,
                new PersonName(lastName, firstName, middleName),
                email,
                address.build(),
                registeredOn,
                terminatedOn,
                extractDate);
    }
}
