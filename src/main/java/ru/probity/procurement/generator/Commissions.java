package ru.probity.procurement.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import ru.probity.procurement.affiliation.ProcurementRole;
import ru.probity.procurement.affiliation.StaffPerson;
import ru.probity.procurement.model.CommissionMember;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.model.Protocol;
import ru.probity.procurement.names.PersonNames;

/** Procurement protocols of planted purchases, with the commission's names as protocols write them. */
final class Commissions {

    private Commissions() {}

    /** A protocol of the purchase: the customer's commission (names as protocols write them) and an outside member. */
    static Protocol protocol(
            Contract contract,
            WorldGenerator.Customer customer,
            StaffPerson extra,
            int round,
            SplittableRandom random) {
        List<CommissionMember> members = new ArrayList<>();
        int k = 0;
        for (StaffPerson s : customer.employees()) {
            if (s.role() == ProcurementRole.COMMISSION_MEMBER) {
                PersonName name = switch ((k++ + round) % 3) {
                    case 0 -> s.name();
                    case 1 -> Names.genitive(s.name());
                    default -> Names.initials(s.name());
                };
                members.add(new CommissionMember(name, k == 1 ? "Председатель комиссии" : "Член комиссии"));
            }
        }
        if (extra != null) {
            members.add(new CommissionMember(
                    round % 2 == 0 ? extra.name() : Names.genitive(extra.name()), "Член комиссии"));
        }
        members.add(new CommissionMember(
                Names.random(random, Names.BACKGROUND_SURNAMES, true), "Член комиссии (независимый эксперт)"));
        return new Protocol(
                contract.purchaseNumber(),
                contract.purchaseNumber() + "-1",
                contract.signDate().minusDays(10),
                customer.inn(),
                customer.name(),
                "Единая комиссия",
                members);
    }

    static boolean uniqueName(WorldGenerator.Customer customer, StaffPerson e) {
        var key = PersonNames.normalize(e.name());
        return customer.employees().stream()
                        .filter(s -> PersonNames.normalize(s.name()).equals(key))
                        .count()
                == 1;
    }
}
