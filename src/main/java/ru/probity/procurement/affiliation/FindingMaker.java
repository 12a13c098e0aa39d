package ru.probity.procurement.affiliation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.probity.org.RelationKind;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.Supplier;
import ru.probity.procurement.names.Confidence;
import ru.probity.procurement.names.Match;

/** Turns a matched person into findings of one contract and supplier, keeping the best per key. */
final class FindingMaker {

    private static final String BECAUSE_273 = "Сотрудник заказчика или его близкий родственник либо свойственник"
            + " (родители, супруги, дети, братья, сёстры, а также братья, сёстры, родители, дети супругов и супруги детей)"
            + " связан с поставщиком имущественными или корпоративными отношениями — возможна личная заинтересованность;"
            + " сотрудник обязан уведомить о ней работодателя (273-ФЗ ст.11)";
    private static final String BUSINESS_BAN = "; муниципальному служащему запрещено заниматься предпринимательской"
            + " деятельностью лично или через доверенных лиц и участвовать в управлении коммерческой организацией"
            + " (25-ФЗ ст.14 ч.1 п.3)";
    private static final String BECAUSE_39_6 = "Член комиссии по осуществлению закупок сам является участником закупки"
            + " (физическим лицом или индивидуальным предпринимателем), участником (акционером) или членом органа"
            + " управления участника — он лично заинтересован в результатах закупки и не может входить в комиссию"
            + " (44-ФЗ ст.39 ч.6): его следует заменить, решения комиссии с его участием — проверить. Это не конфликт"
            + " интересов по 44-ФЗ ст.31 ч.1 п.9: перечень п.9 называет родственников, а не само должностное лицо";
    private static final String BECAUSE_223 = "Закупка по 223-ФЗ: 44-ФЗ ст.31 ч.1 п.9 к ней не применяется. Родственник"
            + " должностного лица закупки — участник закупки, его руководитель, член коллегиального исполнительного"
            + " органа или выгодоприобретатель: возможна личная заинтересованность, о которой должностное лицо обязано"
            + " уведомить работодателя (273-ФЗ ст.11)";
    private static final String KIN_44 = "супруги, родители, дети, дедушки, бабушки, внуки, полнородные и неполнородные"
            + " братья и сёстры, усыновители и усыновлённые";

    private final Contract contract;
    private final String supplierInn;
    private final SupplierTies.Result ties;
    private String supplierLabel;
    private final StaffIndex staff;
    private final Map<String, Finding> best;

    FindingMaker(
            Contract contract,
            Supplier supplier,
            SupplierTies.Result ties,
            StaffIndex staff,
            Map<String, Finding> best) {
        this.contract = contract;
        this.supplierInn = supplier.inn() == null ? null : supplier.inn().strip();
        this.ties = ties;
        this.staff = staff;
        this.best = best;
    }

    /** Staff person {@code i} matched the register person of the candidate. */
    void tie(int i, Candidate candidate, Match match, Officials.Official official) {
        int e = staff.employee[i];
        StaffPerson employee = staff.people[e];
        StaffPerson person = staff.people[i];
        boolean self = i == e;
        RelationKind relation = self ? null : person.relation();
        String kin = self ? null : Explanations.kin(person, relationLabel(person, employee));
        Candidate.Text text = candidate.text();
        List<PathStep> path = prefix(employee, person);
        path.addAll(Candidate.pathFrom(text, Labels.person(person)));
        String tie = "Лицо в реестре: " + text.record() + " — " + text.tie();
        String reason = "«" + person.name() + "» и запись реестра: " + match.reason();
        if (candidate.former()) {
            if (self || relation != null) {
                offer(
                        Rule.FORMER_TIE,
                        employee,
                        person,
                        path,
                        Explanations.of(
                                Rule.FORMER_TIE,
                                contract,
                                supplierLabel(),
                                Explanations.who(employee, roleOf(employee, official), official != null),
                                kin,
                                tie,
                                "Связь прекращена в пределах срока проверки прежних связей до даты контракта",
                                match.confidence(),
                                reason),
                        match.confidence());
            }
            return;
        }
        boolean kin44 = !self && relation != null && relation.closeRelativeUnder44() && candidate.under44();
        if (self || (relation != null && relation.closeRelativeUnder273())) {
            String because273 = self && candidate.ground() == Candidate.BUSINESS
                    ? BECAUSE_273 + BUSINESS_BAN
                    : official != null && kin44 && !contract.under44() ? BECAUSE_223 : BECAUSE_273;
            offer(
                    Rule.R273_10,
                    employee,
                    person,
                    path,
                    Explanations.of(
                            Rule.R273_10,
                            contract,
                            supplierLabel(),
                            Explanations.who(employee, roleOf(employee, official), false),
                            kin,
                            tie,
                            because273,
                            match.confidence(),
                            reason),
                    match.confidence());
        }
        if (official == null) {
            return;
        }
        Confidence confidence = ContractChecker.weaker(match.confidence(), official.cap());
        String how =
                reason + (official.cap() == null ? "" : "; должностное лицо установлено по протоколу неоднозначно");
        // the official himself is not in the п.9 list (DOMAIN.md): his own tie is a personal interest
        // (above) and, for a commission member, a ground of 44-ФЗ ст.39 ч.6
        if (self && official.commission() && candidate.ground() != Candidate.NO_GROUND && contract.under44()) {
            offer(
                    Rule.R44_39_6,
                    employee,
                    person,
                    path,
                    Explanations.of(
                            Rule.R44_39_6,
                            contract,
                            supplierLabel(),
                            Explanations.who(employee, official.role(), true),
                            null,
                            tie,
                            BECAUSE_39_6,
                            confidence,
                            how),
                    confidence);
        }
        if (kin44 && !contract.under44()) {
            // 223-ФЗ has no п.9: the tie is the official's personal interest (273-ФЗ ст.10), also for
            // the kin of the 44-ФЗ list that 273-ФЗ does not name (grandparents, grandchildren, …)
            offer(
                    Rule.R273_10,
                    employee,
                    person,
                    path,
                    Explanations.of(
                            Rule.R273_10,
                            contract,
                            supplierLabel(),
                            Explanations.who(employee, official.role(), true),
                            kin,
                            tie,
                            BECAUSE_223,
                            confidence,
                            how),
                    confidence);
        }
        if (kin44 && contract.under44()) {
            String because = "Родство «" + relation.label() + "» входит в перечень 44-ФЗ ст.31 ч.1 п.9 (" + KIN_44
                    + "); связанное лицо — участник закупки, его руководитель, член коллегиального исполнительного"
                    + " органа или выгодоприобретатель (более 10 %)";
            offer(
                    Rule.R44_31_1_9,
                    employee,
                    person,
                    path,
                    Explanations.of(
                            Rule.R44_31_1_9,
                            contract,
                            supplierLabel(),
                            Explanations.who(employee, official.role(), true),
                            kin,
                            tie,
                            because,
                            confidence,
                            how),
                    confidence);
        }
    }

    /**
     * A commission member known only by name from the protocol matched the supplier-individual: he
     * is the participant himself — 44-ФЗ ст.39 ч.6, not ст.31 ч.1 п.9 (not an employee known to the
     * registry, so no 273-ФЗ finding either).
     */
    void nameOnlyOfficial(Officials.Official official, Candidate candidate, Match match) {
        String label = official.facts().name().toString();
        Candidate.Text text = candidate.text();
        List<PathStep> path = Candidate.pathFrom(text, label);
        String explanation = Explanations.of(
                Rule.R44_39_6,
                contract,
                supplierLabel(),
                "Должностное лицо закупки: " + label + " — " + official.role(),
                null,
                "Лицо в реестре: " + text.record() + " — " + text.tie(),
                BECAUSE_39_6,
                match.confidence(),
                "«" + label + "» из протокола и поставщик: " + match.reason());
        put(new Finding(
                contract.regNum(),
                contract.customerInn(),
                supplierInn,
                official.id(),
                official.id(),
                Rule.R44_39_6,
                match.confidence(),
                path,
                explanation));
    }

    /** Staff person {@code i} shares a contact with the supplier. */
    void contact(int i, SharedContacts.Contact contact, Officials.Official official) {
        int e = staff.employee[i];
        StaffPerson employee = staff.people[e];
        StaffPerson person = staff.people[i];
        boolean self = i == e;
        List<PathStep> path = prefix(employee, person);
        path.add(new PathStep(
                Labels.person(person), "общий " + contact.kind() + ": " + contact.shown(), supplierLabel()));
        String explanation = Explanations.of(
                Rule.SHARED_CONTACT,
                contract,
                supplierLabel(),
                Explanations.who(employee, roleOf(employee, official), official != null),
                self ? null : Explanations.kin(person, relationLabel(person, employee)),
                (self ? "У сотрудника" : "У родственника") + " и у поставщика совпадает " + contact.kind() + " («"
                        + contact.shown() + "»)",
                null,
                contact.confidence(),
                "совпадение после нормализации: " + contact.kind());
        offer(Rule.SHARED_CONTACT, employee, person, path, explanation, contact.confidence());
    }

    private String supplierLabel() {
        if (supplierLabel == null) {
            supplierLabel = ties.supplierLabel();
        }
        return supplierLabel;
    }

    private List<PathStep> prefix(StaffPerson employee, StaffPerson person) {
        List<PathStep> path = new ArrayList<>(4);
        if (person != employee) {
            path.add(new PathStep(Labels.person(employee), relationLabel(person, employee), Labels.person(person)));
        }
        return path;
    }

    private static String relationLabel(StaffPerson relative, StaffPerson employee) {
        return Labels.relation(relative.relation(), relative.name(), employee.name());
    }

    private static String roleOf(StaffPerson employee, Officials.Official official) {
        if (official != null) {
            return official.role();
        }
        ProcurementRole role = employee.role();
        return role == null || role == ProcurementRole.EMPLOYEE ? null : role.label();
    }

    private void offer(
            Rule rule,
            StaffPerson employee,
            StaffPerson person,
            List<PathStep> path,
            String explanation,
            Confidence confidence) {
        put(new Finding(
                contract.regNum(),
                contract.customerInn(),
                supplierInn,
                employee.personId(),
                person.personId(),
                rule,
                confidence,
                path,
                explanation));
    }

    /** Keeps the surest, then the shortest finding per (supplier, official, person, rule). */
    private void put(Finding f) {
        String key = f.supplierInn() + '\u0001' + f.officialId() + '\u0001' + f.personId() + '\u0001' + f.rule();
        Finding old = best.get(key);
        if (old == null
                || f.confidence().ordinal() < old.confidence().ordinal()
                || (f.confidence() == old.confidence()
                        && f.path().size() < old.path().size())) {
            best.put(key, f);
        }
    }
}
