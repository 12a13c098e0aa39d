package ru.probity.procurement.affiliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.probity.org.RelationKind;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.model.Protocol;

/** 44-ФЗ ст.31 ч.1 п.9: a customer's people at the date of the purchase, from the periods of posts. */
class DatedStaffTest {

    private static final String A = "4027000017";
    private static final String B = "4027000024";
    private static final LocalDate TRANSFER = LocalDate.of(2025, 3, 1);

    private static final List<StaffPerson> PEOPLE = List.of(
            StaffPerson.employee("E1", new PersonName("ИВАНОВ", "ИВАН", "ИВАНОВИЧ"), null, B, "нач.", null),
            StaffPerson.relative("R1", new PersonName("ИВАНОВА", "АННА", "ПЕТРОВНА"), null, "E1", RelationKind.SPOUSE),
            StaffPerson.employee("E2", new PersonName("ПЕТРОВ", "ПЁТР", "ПЕТРОВИЧ"), null, A, "спец.", null));

    private static final Staff STAFF = Staff.of(
            PEOPLE,
            List.of(
                    // E1: contract manager at A until the eve of the transfer, then at B
                    new StaffPeriod("E1", A, "КУ", ProcurementRole.CONTRACT_MANAGER, null, TRANSFER.minusDays(1)),
                    new StaffPeriod("E1", B, "нач.", ProcurementRole.HEAD, TRANSFER, null),
                    // E2: at A from the day of the transfer, dismissed at the end of May
                    new StaffPeriod("E2", A, "спец.", ProcurementRole.EMPLOYEE, TRANSFER, LocalDate.of(2025, 5, 31))));

    private static List<String> ids(Staff view) {
        return view.people().stream()
                .map(p -> p.personId() + (p.role() == null ? "" : ":" + p.role()))
                .toList();
    }

    @Test
    void theViewOfADateHoldsThoseWhosePeriodCoversItWithTheRoleOfThatPeriodAndTheirRelatives() {
        assertThat(ids(STAFF.forCustomer(A, TRANSFER.minusDays(1)))).containsExactly("E1:CONTRACT_MANAGER", "R1");
        assertThat(ids(STAFF.forCustomer(A, TRANSFER))).containsExactly("E2:EMPLOYEE");
        assertThat(ids(STAFF.forCustomer(A, LocalDate.of(2025, 5, 31)))).containsExactly("E2:EMPLOYEE");
        assertThat(ids(STAFF.forCustomer(A, LocalDate.of(2025, 6, 1)))).isEmpty();
        assertThat(ids(STAFF.forCustomer(B, TRANSFER.minusDays(1)))).isEmpty();
        assertThat(ids(STAFF.forCustomer(B, TRANSFER))).containsExactly("E1:HEAD", "R1");
        // no date: the people holding a post now
        assertThat(ids(STAFF.forCustomer(A, null))).isEmpty();
        assertThat(ids(STAFF.forCustomer(B))).containsExactly("E1:HEAD", "R1");
        // the people of a view are those of the customer: his relative is counted for A before the transfer
        assertThat(STAFF.forCustomer(A, LocalDate.of(2020, 1, 1))
                        .people()
                        .get(1)
                        .organizationInn())
                .isEqualTo(A);
        // one view per span: two dates between the same boundaries share it
        assertThat(STAFF.forCustomer(B, LocalDate.of(2025, 4, 1)))
                .isSameAs(STAFF.forCustomer(B, LocalDate.of(2026, 1, 1)));
    }

    @Test
    void staffWithoutPeriodsIsNotDated() {
        Staff undated = Staff.of(PEOPLE);
        assertThat(ids(undated.forCustomer(A, LocalDate.of(2000, 1, 1)))).containsExactly("E2");
        assertThat(undated.forCustomer(B, LocalDate.of(2000, 1, 1))).isSameAs(undated.forCustomer(B));
    }

    @Test
    void thePurchaseDateIsTheEarliestProtocolsElseTheConclusionDate() {
        Contract withProtocols = new Contract(
                "1", "1", LocalDate.of(2025, 4, 20), A, null, null, null, null, null, "0137", false, List.of());
        Contract without = new Contract(
                "2", "1", LocalDate.of(2025, 4, 20), A, null, null, null, null, null, "0999", false, List.of());
        PurchaseDates dates = new PurchaseDates(List.of(
                new Protocol("0137", "2", LocalDate.of(2025, 4, 2), null, null, null, List.of()),
                new Protocol("0137", "1", LocalDate.of(2025, 3, 28), null, null, null, List.of())));
        assertThat(dates.of(withProtocols)).isEqualTo(LocalDate.of(2025, 3, 28));
        assertThat(dates.of(without)).isEqualTo(LocalDate.of(2025, 4, 20));
    }
}
