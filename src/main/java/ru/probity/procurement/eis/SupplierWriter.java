package ru.probity.procurement.eis;

import javax.xml.stream.XMLStreamException;
import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.model.Supplier;

/** The content of one {@code supplier} in the order of zfcs_contract2015SupplierType. */
final class SupplierWriter {

    private SupplierWriter() {}

    static void write(EisContractWriter w, Supplier s) throws XMLStreamException {
        switch (s.kind()) {
            case LEGAL_ENTITY -> legalEntity(w, s);
            case ENTREPRENEUR, INDIVIDUAL -> person(w, s);
            case FOREIGN -> foreign(w, s);
        }
    }

    private static void legalEntity(EisContractWriter w, Supplier s) throws XMLStreamException {
        w.open("legalEntityRF");
        w.open("legalForm");
        w.leaf("code", Placeholders.LEGAL_FORM);
        w.end();
        w.leaf("fullName", s.name());
        w.leaf("OKPO", Placeholders.OKPO);
        w.leaf("INN", s.inn());
        w.leaf("KPP", s.kpp());
        w.leaf("registrationDate", Placeholders.REGISTRATION_DATE);
        oktmo(w);
        w.leaf("address", s.address());
        w.leaf("contactEMail", s.email());
        w.leaf("contactPhone", s.phone());
        w.end();
    }

    private static void person(EisContractWriter w, Supplier s) throws XMLStreamException {
        PersonName name = s.person();
        w.open("individualPersonRF");
        w.leaf("lastName", name == null ? s.name() : name.lastName());
        w.leaf("firstName", name == null ? null : name.firstName());
        w.leaf("middleName", name == null ? null : name.middleName());
        w.leaf("INN", s.inn());
        if (s.kind() == Supplier.Kind.ENTREPRENEUR) {
            w.leaf("isIP", "true");
        }
        w.leaf("registrationDate", Placeholders.REGISTRATION_DATE);
        oktmo(w);
        w.leaf("address", s.address());
        w.leaf("contactEMail", s.email());
        w.leaf("contactPhone", s.phone());
        w.end();
    }

    private static void foreign(EisContractWriter w, Supplier s) throws XMLStreamException {
        w.open("legalEntityForeignState");
        w.leaf("fullName", s.name());
        if (s.inn() != null) {
            w.open("registerInRFTaxBodies");
            w.leaf("INN", s.inn());
            w.leaf("KPP", s.kpp());
            w.leaf("registrationDate", Placeholders.REGISTRATION_DATE);
            w.end();
        }
        w.open("placeOfStayInRegCountry");
        w.leaf("address", s.address());
        w.leaf("contactEMail", s.email());
        w.leaf("contactPhone", s.phone());
        w.end();
        w.end();
    }

    private static void oktmo(EisContractWriter w) throws XMLStreamException {
        w.open("OKTMO");
        w.leaf("code", Placeholders.OKTMO);
        w.end();
    }
}
