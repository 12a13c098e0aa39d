package ru.probity.procurement.affiliation;

import java.util.ArrayList;
import java.util.List;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.Supplier;
import ru.probity.procurement.names.Confidence;
import ru.probity.procurement.names.PersonMatcher;

/** The supplier's contacts from the contract and from the register, normalised and without repeats. */
final class SharedContacts {

    /**
     * @param key the look-up key in {@link StaffIndex#withContact}
     * @param kind «телефон», «адрес электронной почты», «адрес»
     * @param shown the contact as the source gives it
     * @param confidence how much a coincidence says: a phone or e-mail is personal, an address may be
     *     a block of flats or an office building
     */
    record Contact(String key, String kind, String shown, Confidence confidence) {}

    private SharedContacts() {}

    static List<Contact> of(RegistryIndex ix, Supplier supplier, SupplierTies.Result ties) {
        List<Contact> contacts = new ArrayList<>(4);
        phone(contacts, supplier.phone());
        email(contacts, supplier.email());
        address(contacts, supplier.address());
        int c = ties.company();
        if (c >= 0) {
            add(contacts, StaffIndex.phoneKey(ix.companyPhone[c]), "телефон", ix.companyPhone[c], Confidence.MEDIUM);
            add(
                    contacts,
                    StaffIndex.emailKey(ix.companyEmail[c]),
                    "адрес электронной почты",
                    ix.companyEmail[c],
                    Confidence.MEDIUM);
            add(contacts, StaffIndex.addressKey(ix.companyAddress[c]), "адрес", ix.companyAddress[c], Confidence.LOW);
        }
        Entrepreneur e = ties.entrepreneur();
        if (e != null) {
            email(contacts, e.email());
            address(contacts, e.address());
        }
        return contacts;
    }

    private static void phone(List<Contact> contacts, String phone) {
        add(contacts, StaffIndex.phoneKey(PersonMatcher.phoneDigits(phone)), "телефон", phone, Confidence.MEDIUM);
    }

    private static void email(List<Contact> contacts, String email) {
        add(
                contacts,
                StaffIndex.emailKey(PersonMatcher.normalizeEmail(email)),
                "адрес электронной почты",
                email,
                Confidence.MEDIUM);
    }

    private static void address(List<Contact> contacts, String address) {
        add(contacts, StaffIndex.addressKey(PersonMatcher.normalizeAddress(address)), "адрес", address, Confidence.LOW);
    }

    private static void add(List<Contact> contacts, String key, String kind, String shown, Confidence confidence) {
        if (key == null) {
            return;
        }
        for (Contact c : contacts) {
            if (c.key().equals(key)) {
                return;
            }
        }
        contacts.add(new Contact(key, kind, shown, confidence));
    }
}
