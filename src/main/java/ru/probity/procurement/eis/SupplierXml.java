package ru.probity.procurement.eis;

import java.util.Optional;
import ru.probity.identifiers.Identifiers;
import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.model.Supplier;

/**
 * One {@code suppliers/supplier} of a contract while it is read: the choice element under
 * {@code supplier} names the kind (zfcs_contract2015SupplierType):
 *
 * <ul>
 *   <li>{@code legalEntityRF} — a Russian legal entity;
 *   <li>{@code individualPersonRF} (and {@code individualPersonRFisCulture}) — an individual; with
 *       {@code isIP = true} an individual entrepreneur. The 2015 schema has no separate element for
 *       entrepreneurs in {@code supplier}; {@code individualBusinessmanRF} (used for subcontractors) is
 *       read as an entrepreneur too;
 *   <li>{@code legalEntityForeignState}, {@code individualPersonForeignState} (and its
 *       {@code isCulture} variant) — foreign; the INN then comes from {@code registerInRFTaxBodies};
 *   <li>schemas 4.x–7.x: no kind element but {@code participantType} with a code (U, B, P, UF, PF —
 *       {@link #legacyKind}) and the data directly under {@code supplier} ({@code inn}, {@code kpp},
 *       {@code organizationName}, {@code lastName}…, {@code factualAddress}, {@code postAddress},
 *       {@code contactPhone}, {@code contactEMail}).
 * </ul>
 */
final class SupplierXml {

    private static final String[] WRAPPERS = {
        "registerInRFTaxBodies/", "placeOfStayInRegCountry/", "placeOfStayInRF/", "nameInfo/"
    };

    private Supplier.Kind kind;
    private boolean entrepreneurFlag;
    private boolean skip;
    private String kindElement;
    private String fullName;
    private String shortName;
    private String inn;
    private int innLine;
    private String kpp;
    private String lastName;
    private String firstName;
    private String middleName;
    private String address;
    private String otherAddress;
    private String phone;
    private String email;
    private boolean legacy;
    private String legacyCode;
    private final int line;

    SupplierXml(int line) {
        this.line = line;
    }

    /** The element directly under {@code supplier}. Returns false for an unknown kind. */
    boolean kind(String element) {
        kindElement = element;
        switch (element) {
            case "legalEntityRF" -> kind = Supplier.Kind.LEGAL_ENTITY;
            case "individualPersonRF", "individualPersonRFisCulture" -> kind = Supplier.Kind.INDIVIDUAL;
            case "individualBusinessmanRF" -> kind = Supplier.Kind.ENTREPRENEUR;
            case "legalEntityForeignState", "individualPersonForeignState", "individualPersonForeignStateisCulture" ->
                kind = Supplier.Kind.FOREIGN;
            case "notPublishedOnEIS" -> skip = true;
            default -> {
                return false;
            }
        }
        return true;
    }

    String kindElement() {
        return kindElement;
    }

    /**
     * The supplier of schemas 4.x–7.x ({@code participantType} with the code, then {@code inn},
     * {@code kpp}, {@code organizationName}, {@code lastName}…, {@code factualAddress}, {@code
     * postAddress}, {@code contactPhone}, {@code contactEMail} directly under {@code supplier}).
     */
    void legacy() {
        legacy = true;
        kindElement = "";
    }

    boolean isLegacy() {
        return legacy;
    }

    /**
     * The kind of an old {@code participantType} code (participantTypeType of the 4.x–7.x schemas and
     * participantTypeEnum): U — Russian legal entity, B — Russian entrepreneur, P — individual, UF, PF
     * — foreign. Null for any other code.
     */
    static Supplier.Kind legacyKind(String code) {
        return switch (code) {
            case "U" -> Supplier.Kind.LEGAL_ENTITY;
            case "B", "PB", "IP" -> Supplier.Kind.ENTREPRENEUR;
            case "P" -> Supplier.Kind.INDIVIDUAL;
            case "UF", "PF" -> Supplier.Kind.FOREIGN;
            default -> null;
        };
    }

    /** The old participantType code when it is not one of the known ones, else null. */
    String unknownLegacyCode() {
        return legacy && legacyCode != null && kind == null ? legacyCode : null;
    }

    /** Treats a supplier of an unknown kind as its INN says (10 digits: legal entity, else individual). */
    void guessKind() {
        kind = inn != null && inn.length() == 10 ? Supplier.Kind.LEGAL_ENTITY : Supplier.Kind.INDIVIDUAL;
        skip = false;
    }

    /** Drops this supplier (an unknown kind read leniently). */
    void drop() {
        skip = true;
    }

    /** A leaf value; {@code path} is relative to the kind element, e.g. «INN», «nameInfo/lastName». */
    void leaf(String path, String value, int valueLine) {
        if (value == null) {
            return;
        }
        String name = path;
        for (String wrapper : WRAPPERS) {
            if (name.startsWith(wrapper)) {
                name = name.substring(wrapper.length());
            }
        }
        if (name.indexOf('/') >= 0) {
            return; // contact person, legal form, OKTMO, accounts: not the supplier's own data
        }
        switch (name) {
            case "participantType" -> {
                legacyCode = value;
                kind = legacyKind(value);
            }
            case "fullName", "organizationName" -> fullName = fullName == null ? value : fullName;
            case "shortName", "firmName" -> shortName = shortName == null ? value : shortName;
            case "INN", "inn" -> {
                inn = value;
                innLine = valueLine;
            }
            case "KPP", "kpp" -> kpp = value;
            case "lastName" -> lastName = value;
            case "firstName" -> firstName = value;
            case "middleName" -> middleName = value;
            case "address" -> address = address == null ? value : address;
            case "factualAddress", "factAddress", "postAddress" ->
                otherAddress = otherAddress == null ? value : otherAddress;
            case "contactEMail" -> email = email == null ? value : email;
            case "contactPhone" -> phone = phone == null ? value : phone;
            case "isIP" -> entrepreneurFlag = "true".equals(value) || "1".equals(value);
            default -> {
                // other elements of the schema are not needed
            }
        }
    }

    /** The supplier, null when ЕИС does not publish it; the reason in Russian when it is invalid. */
    Supplier build(Problems problems) {
        if (skip || kind == null) {
            return null;
        }
        Supplier.Kind k = kind == Supplier.Kind.INDIVIDUAL && entrepreneurFlag ? Supplier.Kind.ENTREPRENEUR : kind;
        PersonName person = null;
        String name = fullName != null ? fullName : shortName;
        if (lastName != null || firstName != null) {
            person = new PersonName(lastName, firstName, middleName);
            if (name == null) {
                name = person.toString();
            }
        }
        if (inn == null) {
            if (k != Supplier.Kind.FOREIGN) {
                problems.add(line, "у поставщика не указан ИНН", "supplier INN is missing");
            }
        } else {
            Optional<String> error = k == Supplier.Kind.LEGAL_ENTITY
                    ? Identifiers.checkOrganizationInn(inn)
                    : k == Supplier.Kind.FOREIGN && inn.length() == 10
                            ? Identifiers.checkOrganizationInn(inn)
                            : Identifiers.checkPersonInn(inn);
            error.ifPresent(reason -> problems.add(
                    innLine,
                    "ИНН поставщика «" + inn + "»: " + reason,
                    "invalid supplier INN " + inn + " (check digits or length)"));
        }
        return new Supplier(k, inn, kpp, name, person, address != null ? address : otherAddress, phone, email);
    }

    /** The first problem found in a document: where and what, in both languages. */
    interface Problems {
        void add(int line, String russian, String english);
    }
}
