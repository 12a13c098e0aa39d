package ru.probity.procurement.affiliation;

/** The part a customer's employee plays in procurement (44-ФЗ ст.31 ч.1 п.9 names the first four). */
public enum ProcurementRole {
    HEAD("руководитель заказчика"),
    CONTRACT_SERVICE_HEAD("руководитель контрактной службы"),
    CONTRACT_MANAGER("контрактный управляющий"),
    COMMISSION_MEMBER("член комиссии по осуществлению закупок"),
    EMPLOYEE("сотрудник заказчика");

    private final String label;

    ProcurementRole(String label) {
        this.label = label;
    }

    /** The Russian name of the role, e.g. «контрактный управляющий». */
    public String label() {
        return label;
    }

    /** The post of an employee with several procurement roles: the most senior one. */
    public static ProcurementRole of(boolean head, boolean serviceHead, boolean manager, boolean member) {
        if (head) {
            return HEAD;
        }
        if (serviceHead) {
            return CONTRACT_SERVICE_HEAD;
        }
        if (manager) {
            return CONTRACT_MANAGER;
        }
        return member ? COMMISSION_MEMBER : EMPLOYEE;
    }

    /** An official of the purchase in the sense of 44-ФЗ ст.31 ч.1 п.9. */
    public boolean officialUnder44() {
        return this != EMPLOYEE;
    }
}
