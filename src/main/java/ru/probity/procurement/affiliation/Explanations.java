package ru.probity.procurement.affiliation;

import ru.probity.procurement.model.Contract;
import ru.probity.procurement.names.Confidence;

/** The Russian text of a finding, complete enough for a commission to read without the data. */
final class Explanations {

    private Explanations() {}

    /**
     * @param who the official or employee: name, post, role
     * @param kin the relative and how related, or null when the person is the employee himself
     * @param tie how the person is tied to the supplier
     * @param because why the rule applies
     * @param reason why the person is believed to be the register's (or contact's) one
     */
    static String of(
            Rule rule,
            Contract contract,
            String supplier,
            String who,
            String kin,
            String tie,
            String because,
            Confidence confidence,
            String reason) {
        StringBuilder text = new StringBuilder(512);
        text.append("Контракт ").append(contract.regNum());
        if (contract.signDate() != null) {
            text.append(" от ").append(Labels.date(contract.signDate()));
        }
        text.append(", заказчик ")
                .append(contract.customerName() == null ? "" : contract.customerName() + " ")
                .append("(ИНН ")
                .append(contract.customerInn())
                .append("), поставщик ")
                .append(supplier)
                .append(". ");
        text.append(who).append(". ");
        if (kin != null) {
            text.append(kin).append(". ");
        }
        text.append(tie).append(". ");
        text.append("Основание: ").append(rule.law()).append(". ");
        if (because != null) {
            text.append(because).append(". ");
        }
        text.append("Достоверность: ").append(Labels.confidence(confidence));
        if (reason != null && !reason.isBlank()) {
            text.append(" (").append(reason).append(")");
        }
        return text.append('.').toString();
    }

    /** «Должностное лицо закупки: Петров Пётр Петрович (ИНН …), начальник отдела — контрактный управляющий». */
    static String who(StaffPerson employee, String role, boolean official) {
        String post = employee.position() == null || employee.position().isBlank() ? "" : ", " + employee.position();
        return (official ? "Должностное лицо закупки: " : "Сотрудник заказчика: ")
                + Labels.person(employee)
                + post
                + (role == null ? "" : " — " + role);
    }

    /** «Родственник: Петрова Анна Ивановна (ИНН …) — супруга (Супруг(а))». */
    static String kin(StaffPerson relative, String relation) {
        return "Родственник этого лица: " + Labels.person(relative) + " — " + relation
                + (relative.relation() == null ? " (не близкий родственник по 273-ФЗ и 44-ФЗ)" : "");
    }
}
