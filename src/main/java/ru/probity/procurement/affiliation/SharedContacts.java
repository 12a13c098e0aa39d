package ru.probity.procurement.affiliation;

import java.util.ArrayList;
import java.util.List;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.Supplier;
import ru.probity.procurement.names.Confidence;
import ru.probity.procurement.names.PersonMatcher;

/** The supplier's contacts from the contract and from the register, normalised and without repeats. */
final class SharedContacts {

    enum Type {
        PHONE("телефон", Confidence.MEDIUM),
        EMAIL("адрес электронной почты", Confidence.MEDIUM),
        // an address may be a block of flats or an office building
        ADDRESS("адрес", Confidence.LOW);

        final String kind;
        final Confidence confidence;

        Type(String kind, Confidence confidence) {
            this.kind = kind;
            this.confidence = confidence;
        }
    }

    /**
     * @param type phone, e-mail or address: how much a coincidence says (a phone or e-mail is
     *     personal, an address may be shared)
     * @param value the normalised contact, looked up in {@link StaffIndex#withContact}
     * @param shown the contact as the source gives it
     */
    record Contact(Type type, String value, String shown) {

        /** «телефон», «адрес электронной почты», «адрес». */
        String kind() {
            return type.kind;
        }

        Confidence confidence() {
            return type.confidence;
        }
    }

    private SharedContacts() {}

    static List<Contact> of(RegistryIndex ix, Supplier supplier, SupplierTies.Result ties) {
        List<Contact> contacts = new ArrayList<>(4);
        add(contacts, Type.PHONE, PersonMatcher.phoneDigits(supplier.phone()), supplier.phone());
        email(contacts, supplier.email());
        address(contacts, supplier.address());
        int c = ties.company();
        if (c >= 0) {
            // the register's contacts are normalised in the index
            add(contacts, Type.PHONE, ix.companyPhone[c], ix.companyPhone[c]);
            add(contacts, Type.EMAIL, ix.companyEmail[c], ix.companyEmail[c]);
            add(contacts, Type.ADDRESS, ix.companyAddress[c], ix.companyAddress[c]);
        }
        Entrepreneur e = ties.entrepreneur();
        if (e != null) {
            email(contacts, e.email());
            address(contacts, e.address());
        }
        return contacts;
    }

    private static void email(List<Contact> contacts, String email) {
        add(contacts, Type.EMAIL, PersonMatcher.normalizeEmail(email), email);
    }

    private static void address(List<Contact> contacts, String address) {
        add(contacts, Type.ADDRESS, PersonMatcher.normalizeAddress(address), address);
    }

    private static void add(List<Contact> contacts, Type type, String value, String shown) {
        if (value == null) {
            return;
        }
        for (Contact c : contacts) {
            if (c.type() == type && c.value().equals(value)) {
                return;
            }
        }
        contacts.add(new Contact(type, value, shown));
    }
}
