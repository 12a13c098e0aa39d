package ru.probity.redflags.generator;

/**
 * One flag the generator planted and expects the engine to raise: the indicator and what it is
 * about (a contract; a customer–supplier pair; a supplier).
 *
 * @param indicator the indicator's id (docs/red-flags.md)
 * @param contract the contract's registry number, null for a pair or supplier flag
 * @param customerInn the customer, null for a supplier flag
 * @param supplierInn the supplier
 * @param plant the planted case, for diagnostics (e.g. {@code split_purchase#3})
 */
public record Expected(String indicator, String contract, String customerInn, String supplierInn, String plant) {

    /** The key a flag is matched by: the contract for a contract flag, else the pair, else the supplier. */
    public String key() {
        return key(indicator, contract, customerInn, supplierInn);
    }

    public static String key(String indicator, String contract, String customerInn, String supplierInn) {
        if (contract != null) {
            return indicator + "|c:" + contract;
        }
        if (customerInn != null) {
            return indicator + "|p:" + customerInn + "/" + supplierInn;
        }
        return indicator + "|s:" + supplierInn;
    }

    /** {@code indicator;contract;customer_inn;supplier_inn;plant}. */
    public String csv() {
        return indicator + ";" + v(contract) + ";" + v(customerInn) + ";" + v(supplierInn) + ";" + v(plant);
    }

    static Expected parse(String line) {
        String[] f = line.split(";", -1);
        return new Expected(f[0], n(f[1]), n(f[2]), n(f[3]), f.length > 4 ? n(f[4]) : null);
    }

    private static String v(String s) {
        return s == null ? "" : s;
    }

    private static String n(String s) {
        return s.isEmpty() ? null : s;
    }
}
