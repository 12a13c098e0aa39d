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
        if (self || (relation != null && relation.closeRelativeUnder273())) {
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
                            BECAUSE_273,
                            match.confidence(),
                            reason),
                    match.confidence());
        }
        boolean under44 =
                self ? candidate.self() : relation != null && relation.closeRelativeUnder44() && candidate.under44();
        if (official != null && under44) {
            Confidence confidence = ContractChecker.weaker(match.confidence(), official.cap());
            String because = self
                    ? "Должностное лицо закупки само является участником закупки (физическим лицом или индивидуальным предпринимателем)"
                    : "Родство «" + relation.label() + "» входит в перечень 44-ФЗ ст.31 ч.1 п.9 (" + KIN_44
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
                            reason
                                    + (official.cap() == null
                                            ? ""
                                            : "; должностное лицо установлено по протоколу неоднозначно")),
                    confidence);
        }
    }

    /** A commission member known only by name from the protocol matched the supplier-individual. */
    void nameOnlyOfficial(Officials.Official official, Candidate candidate, Match match) {
        String label = official.facts().name().toString();
        Candidate.Text text = candidate.text();
        List<PathStep> path = Candidate.pathFrom(text, label);
        String explanation = Explanations.of(
                Rule.R44_31_1_9,
                contract,
                supplierLabel(),
                "Должностное лицо закупки: " + label + " — " + official.role(),
                null,
                "Лицо в реестре: " + text.record() + " — " + text.tie(),
                "Должностное лицо закупки само является участником закупки (физическим лицом или индивидуальным предпринимателем)",
                match.confidence(),
                "«" + label + "» из протокола и поставщик: " + match.reason());
        put(new Finding(
                contract.regNum(),
                contract.customerInn(),
                supplierInn,
                official.id(),
                official.id(),
                Rule.R44_31_1_9,
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
