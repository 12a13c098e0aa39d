package ru.probity.procurement.eis;

/**
 * Values {@link EisContractWriter} writes where the schema requires an element the model does not
 * hold. Readers ignore these elements.
 */
final class Placeholders {

    /** customer/registrationDate, supplier registrationDate. */
    static final String REGISTRATION_DATE = "2000-01-01";

    /** products/product/OKPD2/code. */
    static final String OKPD2 = "00.00.00.000";

    /** supplier OKPO of a legal entity. */
    static final String OKPO = "00000000";

    /** supplier OKTMO code. */
    static final String OKTMO = "00000000000";

    /** ОКОПФ 12300: limited liability company, the most common legal form of suppliers. */
    static final String LEGAL_FORM = "12300";

    /** Single-supplier reason without a notice: 44-ФЗ ст.93 ч.1 п.4 (small purchase). */
    static final String SINGLE_SUPPLIER_WITHOUT_NOTICE = "4";

    /** Single-supplier reason after a notice: 44-ФЗ ст.93 ч.1 п.25 (failed competitive procedure). */
    static final String SINGLE_SUPPLIER_AFTER_NOTICE = "25";

    private Placeholders() {}

    /** customer/regNum is the 11-digit ЕИС code of the organization: derived from the INN here. */
    static String customerRegNum(String inn) {
        if (inn == null || !inn.matches("\\d{10,11}")) {
            return "00000000000";
        }
        return inn.length() == 11 ? inn : "0" + inn;
    }
}
