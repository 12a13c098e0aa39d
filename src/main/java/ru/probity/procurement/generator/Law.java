package ru.probity.procurement.generator;

import java.util.ArrayList;
import java.util.List;
import ru.probity.org.RelationKind;
import ru.probity.procurement.affiliation.Rule;
import ru.probity.procurement.affiliation.StaffPerson;

/**
 * The links the law implies for one planted tie, written independently of the engine:
 *
 * <ul>
 *   <li>44-ФЗ ст.31 ч.1 п.9 — the employee is an official of the purchase (head, contract service
 *       head, contract manager, commission member by role or by the purchase's protocol) and his
 *       spouse, parent, child, grandparent, grandchild, full or half sibling, adoptive parent or
 *       adopted child is the supplier-individual, its director, a member of its collegial executive
 *       body or a beneficiary owning more than 10 % (product of shares along the chain); the official
 *       himself is not in the п.9 list;
 *   <li>44-ФЗ ст.39 ч.6 — a member of the procurement commission (by role or by the purchase's
 *       protocol) is himself the supplier-individual or entrepreneur, its director or a member of its
 *       collegial executive body (or its participant — not planted for the employee himself);
 *   <li>273-ФЗ ст.10 — any employee himself, or his close relative or in-law (parents, spouse,
 *       children, siblings, and the spouse's siblings, parents, children, and children's spouses),
 *       is the supplier, owns any share of it directly or through companies, or manages it or a
 *       company owning it;
 *   <li>shared contact — a phone or e-mail of the person is the supplier's;
 *   <li>former tie — the employee or any relative was a director or founder of the supplier, or the
 *       entrepreneur, and the tie ended within the period before the contract.
 * </ul>
 */
final class Law {

    /** How the person is tied to the supplier. */
    enum Tie {
        /** The supplier-individual or entrepreneur himself. */
        SUPPLIER,
        DIRECTOR,
        BOARD_MEMBER,
        /** A founder of the supplier or of a company owning it; {@code percent} the effective share. */
        OWNER,
        /** The director of a company owning the supplier. */
        UPPER_MANAGER,
        /** A director or founder tie, or an entrepreneur registration, that has ended. */
        FORMER,
        /** The person's phone or e-mail is the supplier's. */
        CONTACT
    }

    private Law() {}

    static List<PlantedLink> links(
            String contract,
            StaffPerson employee,
            StaffPerson person,
            Tie tie,
            double percent,
            boolean official,
            boolean commission) {
        List<PlantedLink> out = new ArrayList<>(2);
        boolean self = employee == person;
        RelationKind relation = self ? null : person.relation();
        switch (tie) {
            case CONTACT -> out.add(link(contract, employee, person, Rule.SHARED_CONTACT));
            case FORMER -> {
                if (self || relation != null) {
                    out.add(link(contract, employee, person, Rule.FORMER_TIE));
                }
            }
            default -> {
                if (self || relation != null && relation.closeRelativeUnder273()) {
                    out.add(link(contract, employee, person, Rule.R273_10));
                }
                boolean under44 = tie == Tie.SUPPLIER
                        || tie == Tie.DIRECTOR
                        || tie == Tie.BOARD_MEMBER
                        || tie == Tie.OWNER && percent > 10.0 + 1e-9;
                boolean himself = tie == Tie.SUPPLIER || tie == Tie.DIRECTOR || tie == Tie.BOARD_MEMBER;
                if (self && commission && himself) {
                    out.add(link(contract, employee, person, Rule.R44_39_6));
                }
                boolean kin44 = !self && relation != null && relation.closeRelativeUnder44() && under44;
                if (official && kin44) {
                    out.add(link(contract, employee, person, Rule.R44_31_1_9));
                }
            }
        }
        return out;
    }

    private static PlantedLink link(String contract, StaffPerson employee, StaffPerson person, Rule rule) {
        return new PlantedLink(contract, employee.personId(), person.personId(), rule.code());
    }
}
