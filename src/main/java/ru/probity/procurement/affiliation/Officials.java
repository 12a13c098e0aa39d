package ru.probity.procurement.affiliation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.probity.procurement.model.CommissionMember;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.Protocol;
import ru.probity.procurement.names.Confidence;
import ru.probity.procurement.names.NormalName;
import ru.probity.procurement.names.PersonFacts;
import ru.probity.procurement.names.PersonNames;

/**
 * The officials of a purchase in the sense of 44-ФЗ ст.31 ч.1 п.9: the customer's employees whose
 * role is head, contract service head, contract manager or commission member, plus the members of
 * the commission named in the purchase's protocols. A protocol member is identified with an
 * employee of the customer by name: exactly one employee with the same full name (surname, first
 * name and patronymic) is an identification; several, or a name with initials only, are kept but
 * cap the finding at LOW; no employee at all leaves an official known by name only.
 */
final class Officials {

    /**
     * @param employee the index in the customer's staff view, -1 for an official known by name only
     * @param cap the most a finding about him can be sure of (null: no cap)
     * @param commission a member of the procurement commission (by his role or the purchase's
     *     protocol): 44-ФЗ ст.39 ч.6 applies to him
     */
    record Official(int employee, String id, String role, PersonFacts facts, Confidence cap, boolean commission) {

        /** The same official, known to sit on the purchase's commission too. */
        Official onCommission() {
            return commission ? this : new Official(employee, id, role, facts, cap, true);
        }
    }

    /** A protocol member with his name normalised once. */
    record Member(Protocol protocol, CommissionMember member, NormalName name) {}

    private static final int[] NONE = new int[0];

    private final Map<String, List<Member>> byPurchase = new HashMap<>();

    Officials(Collection<Protocol> protocols) {
        for (Protocol protocol : protocols) {
            if (protocol.purchaseNumber() == null || protocol.members() == null) {
                continue;
            }
            for (CommissionMember m : protocol.members()) {
                if (m.name() != null) {
                    byPurchase
                            .computeIfAbsent(protocol.purchaseNumber().strip(), k -> new ArrayList<>())
                            .add(new Member(protocol, m, PersonNames.normalize(m.name())));
                }
            }
        }
    }

    /**
     * The officials of the contract's purchase, by the index of the employee (-1 … for name-only
     * ones); read-only.
     */
    Map<Integer, Official> of(Contract contract, StaffIndex staff) {
        List<Member> members = contract.purchaseNumber() == null
                ? List.of()
                : byPurchase.getOrDefault(contract.purchaseNumber().strip(), List.of());
        if (members.isEmpty()) {
            return staff.roleOfficialsById; // read-only, shared by the customer's contracts
        }
        Map<Integer, Official> officials = new LinkedHashMap<>(staff.roleOfficialsById);
        int nameOnly = -1;
        for (Member m : members) {
            List<Integer> full = new ArrayList<>();
            List<Integer> partial = new ArrayList<>();
            for (int[] hits : new int[][] {
                staff.withKey(m.name().key()),
                m.name().firstIsInitial() ? staff.withInitial(m.name().key()) : NONE,
                staff.initialsOnly ? staff.withKey(StaffIndex.initialKey(m.name())) : NONE
            }) {
                for (int i : hits) {
                    if (!staff.people[i].isEmployee() || full.contains(i) || partial.contains(i)) {
                        continue;
                    }
                    NormalName n = staff.names[i];
                    if (n.equals(m.name()) && !n.middle().isEmpty() && !n.middleIsInitial()) {
                        full.add(i);
                    } else if (compatible(n, m.name())) {
                        partial.add(i);
                    }
                }
            }
            String role = "член комиссии по осуществлению закупок по протоколу № "
                    + m.protocol().protocolNumber() + " от "
                    + Labels.date(m.protocol().date()) + " (закупка № "
                    + m.protocol().purchaseNumber() + ")";
            List<Integer> identified = full.isEmpty() ? partial : full;
            Confidence cap = full.size() == 1 ? null : Confidence.LOW;
            for (int i : identified) {
                Official byRole = officials.get(i);
                if (byRole != null) {
                    // a head or contract manager named in the protocol sits on the commission too
                    if (cap == null) {
                        officials.put(i, byRole.onCommission());
                    }
                    continue;
                }
                officials.put(
                        i,
                        new Official(
                                i,
                                staff.people[i].personId(),
                                role
                                        + (cap == null
                                                ? ", отождествлён с сотрудником заказчика по полному ФИО"
                                                : ", отождествление с сотрудником заказчика неоднозначно (по ФИО или инициалам)"),
                                staff.facts[i],
                                cap,
                                true));
            }
            if (identified.isEmpty()) {
                String id = "protocol:" + m.protocol().purchaseNumber() + ":"
                        + m.member().name();
                officials.put(
                        nameOnly--,
                        new Official(
                                -1,
                                id,
                                role + ", среди сотрудников заказчика не найден",
                                PersonFacts.named(m.member().name(), null),
                                null,
                                true));
            }
        }
        return officials;
    }

    /** Same surname; first names and patronymics equal or one an initial of the other. */
    private static boolean compatible(NormalName a, NormalName b) {
        return a.last().equals(b.last()) && part(a.first(), b.first()) && part(a.middle(), b.middle());
    }

    private static boolean part(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        return a.length() == 1 || b.length() == 1 ? a.charAt(0) == b.charAt(0) : a.equals(b);
    }
}
