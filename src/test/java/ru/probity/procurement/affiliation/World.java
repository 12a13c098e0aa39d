package ru.probity.procurement.affiliation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ru.probity.org.RelationKind;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.CompanyRole;
import ru.probity.procurement.model.CompanyShare;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.PersonLink;
import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.model.Protocol;
import ru.probity.procurement.model.Supplier;

/** A small hand-built world: one customer, its people, the registers, contracts. */
final class World {

    static final String CUSTOMER = "4027000017";
    static final String SUPPLIER = "4027111111";
    static final LocalDate SIGNED = LocalDate.of(2025, 3, 14);

    final List<Company> companies = new ArrayList<>();
    final List<Entrepreneur> entrepreneurs = new ArrayList<>();
    final List<StaffPerson> people = new ArrayList<>();
    final List<Protocol> protocols = new ArrayList<>();

    static PersonName name(String full) {
        String[] p = full.split(" ");
        return new PersonName(p[0], p[1], p.length > 2 ? p[2] : null);
    }

    static PersonLink director(String name, String inn) {
        return new PersonLink(inn, name(name), CompanyRole.DIRECTOR, "ГЕНЕРАЛЬНЫЙ ДИРЕКТОР", null, null, null);
    }

    static PersonLink board(String name, String inn) {
        return new PersonLink(inn, name(name), CompanyRole.BOARD_MEMBER, null, null, null, null);
    }

    static PersonLink founder(String name, String inn, double percent) {
        return new PersonLink(inn, name(name), CompanyRole.FOUNDER, null, BigDecimal.valueOf(percent), null, null);
    }

    static PersonLink until(PersonLink link, LocalDate until) {
        return new PersonLink(
                link.inn(), link.name(), link.role(), link.post(), link.sharePercent(), link.since(), until);
    }

    static CompanyShare owner(String companyInn, String name, double percent) {
        return new CompanyShare(companyInn, null, name, BigDecimal.valueOf(percent), null, null);
    }

    World company(String inn, String name, List<PersonLink> people, CompanyShare... founders) {
        return company(inn, name, null, people, founders);
    }

    World company(String inn, String name, String phone, List<PersonLink> people, CompanyShare... founders) {
        companies.add(new Company(
                inn,
                null,
                null,
                name,
                name,
                null,
                null,
                phone,
                null,
                null,
                LocalDate.of(2025, 1, 1),
                people,
                Arrays.asList(founders)));
        return this;
    }

    World employee(String id, String name, String inn, ProcurementRole role) {
        people.add(StaffPerson.employee(id, name(name), inn, CUSTOMER, "специалист", role));
        return this;
    }

    World relative(String id, String name, String inn, String employeeId, RelationKind relation) {
        people.add(StaffPerson.relative(id, name(name), inn, employeeId, relation));
        return this;
    }

    RegistryIndex registry() {
        return RegistryIndex.of(companies, entrepreneurs);
    }

    Staff staff() {
        return Staff.of(people).forCustomer(CUSTOMER);
    }

    static Contract contract(String regNum, Supplier supplier, String purchaseNumber) {
        return new Contract(
                regNum,
                "1",
                SIGNED,
                CUSTOMER,
                null,
                "Управление городского хозяйства",
                BigDecimal.TEN,
                "RUB",
                "ремонт",
                purchaseNumber,
                purchaseNumber == null,
                List.of(supplier));
    }

    static Contract contractWith(String supplierInn) {
        return contract("3402700001725000001", legalEntity(supplierInn, null), null);
    }

    static Supplier legalEntity(String inn, String phone) {
        return new Supplier(Supplier.Kind.LEGAL_ENTITY, inn, null, "ООО «Ромашка»", null, null, phone, null);
    }

    List<Finding> check(Contract contract) {
        return new ContractChecker(protocols, ContractChecker.DEFAULT_FORMER_TIE_YEARS)
                .check(contract, staff(), registry());
    }

    List<Finding> check() {
        return check(contractWith(SUPPLIER));
    }
}
