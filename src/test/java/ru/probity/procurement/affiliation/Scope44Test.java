package ru.probity.procurement.affiliation;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.probity.procurement.affiliation.ContractCheckerTest.rule;
import static ru.probity.procurement.affiliation.World.SUPPLIER;
import static ru.probity.procurement.affiliation.World.director;
import static ru.probity.procurement.affiliation.World.founder;
import static ru.probity.procurement.affiliation.World.name;
import static ru.probity.procurement.affiliation.World.owner;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.probity.org.RelationKind;
import ru.probity.procurement.model.CommissionMember;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.ProcurementLaw;
import ru.probity.procurement.model.Protocol;
import ru.probity.procurement.model.Supplier;

/** Issue 18 item 8: the official himself, 44-ФЗ ст.39 ч.6, and 223-ФЗ contracts. */
class Scope44Test {

    private static final String MEMBER_INN = "402700000101";

    private static Supplier entrepreneur(String inn, String fullName) {
        return new Supplier(Supplier.Kind.ENTREPRENEUR, inn, null, "ИП", name(fullName), null, null, null);
    }

    @Test
    void aContractManagerWhoIsHimselfTheEntrepreneurIsAPersonalInterestAndABusinessBanNotPoint9() {
        World w = new World().employee("e1", "Петров Пётр Петрович", MEMBER_INN, ProcurementRole.CONTRACT_MANAGER);
        w.entrepreneurs.add(
                new Entrepreneur(MEMBER_INN, "1", name("ПЕТРОВ ПЁТР ПЕТРОВИЧ"), null, null, null, null, null));

        List<Finding> findings = w.check(World.contract("1", entrepreneur(MEMBER_INN, "Петров Пётр Петрович"), null));

        assertThat(findings).extracting(Finding::rule).containsExactly(Rule.R273_10);
        assertThat(findings.getFirst().explanation()).contains("273-ФЗ ст.10", "25-ФЗ ст.14 ч.1 п.3");
    }

    @Test
    void aCommissionMemberWhoDirectsTheSupplierIsAGroundUnder39Part6() {
        World w = new World()
                .employee("e1", "Петров Пётр Петрович", MEMBER_INN, ProcurementRole.COMMISSION_MEMBER)
                .company(SUPPLIER, "ООО «Ромашка»", List.of(director("ПЕТРОВ ПЁТР ПЕТРОВИЧ", MEMBER_INN)));

        List<Finding> findings = w.check();

        assertThat(findings).extracting(Finding::rule).containsExactlyInAnyOrder(Rule.R44_39_6, Rule.R273_10);
        assertThat(rule(findings, Rule.R44_39_6).getFirst().explanation())
                .contains("44-ФЗ ст.39 ч.6", "не может входить в комиссию", "член комиссии");
        assertThat(Rule.R44_39_6.code()).isEqualTo("44fz_39_6");
    }

    @Test
    void aCommissionMemberWithAnyShareOfTheSupplierIsAGroundButNotThroughAnotherCompany() {
        World direct = new World()
                .employee("e1", "Петров Пётр Петрович", MEMBER_INN, ProcurementRole.COMMISSION_MEMBER)
                .company(SUPPLIER, "ООО «Ромашка»", List.of(founder("ПЕТРОВ ПЁТР ПЕТРОВИЧ", MEMBER_INN, 2)));
        List<Finding> small = direct.check();
        assertThat(small).extracting(Finding::rule).containsExactlyInAnyOrder(Rule.R44_39_6, Rule.R273_10);
        // a shareholder is no businessman: no 25-ФЗ ban in the personal-interest text
        assertThat(rule(small, Rule.R273_10).getFirst().explanation()).doesNotContain("25-ФЗ");

        World upper = new World()
                .employee("e1", "Петров Пётр Петрович", MEMBER_INN, ProcurementRole.COMMISSION_MEMBER)
                .company("4027222222", "ООО «Альфа»", List.of(founder("ПЕТРОВ ПЁТР ПЕТРОВИЧ", MEMBER_INN, 100)))
                .company(SUPPLIER, "ООО «Ромашка»", List.of(), owner("4027222222", "ООО «Альфа»", 50));
        assertThat(upper.check()).extracting(Finding::rule).containsExactly(Rule.R273_10);
    }

    @Test
    void aHeadNamedInTheProtocolSitsOnTheCommissionToo() {
        World w = new World()
                .employee("e1", "Петров Пётр Петрович", MEMBER_INN, ProcurementRole.HEAD)
                .company(SUPPLIER, "ООО «Ромашка»", List.of(director("ПЕТРОВ ПЁТР ПЕТРОВИЧ", MEMBER_INN)));
        assertThat(w.check()).extracting(Finding::rule).containsExactly(Rule.R273_10);

        w.protocols.add(new Protocol(
                "0137300000125000001",
                "1",
                LocalDate.of(2025, 3, 1),
                World.CUSTOMER,
                null,
                "Единая комиссия",
                List.of(new CommissionMember(name("Петров Пётр Петрович"), "председатель"))));
        var purchase = World.contract("1", World.legalEntity(SUPPLIER, null), "0137300000125000001");
        assertThat(w.check(purchase)).extracting(Finding::rule).containsExactlyInAnyOrder(Rule.R44_39_6, Rule.R273_10);
    }

    @Test
    void aRelativeOfTheCommissionMemberStaysPoint9AndIsNo39Part6Ground() {
        World w = new World()
                .employee("e1", "Петров Пётр Петрович", MEMBER_INN, ProcurementRole.COMMISSION_MEMBER)
                .relative("r1", "Петрова Анна Ивановна", "402700000202", "e1", RelationKind.SPOUSE)
                .company(SUPPLIER, "ООО «Ромашка»", List.of(director("ПЕТРОВА АННА ИВАНОВНА", "402700000202")));
        assertThat(w.check()).extracting(Finding::rule).containsExactlyInAnyOrder(Rule.R44_31_1_9, Rule.R273_10);
    }

    @Test
    void a223FzContractClaimsNeitherPoint9Nor39Part6ButAPersonalInterest() {
        World w = new World()
                .employee("e1", "Орлов Иван Сергеевич", MEMBER_INN, ProcurementRole.COMMISSION_MEMBER)
                .relative("r1", "Орлов Сергей Петрович", "402700000707", "e1", RelationKind.GRANDPARENT)
                .company(SUPPLIER, "ООО «Ромашка»", List.of(director("ОРЛОВ СЕРГЕЙ ПЕТРОВИЧ", "402700000707")))
                .company("4027333335", "ООО «Бета»", List.of(director("ОРЛОВ ИВАН СЕРГЕЕВИЧ", MEMBER_INN)));

        var under44 = World.contractWith(SUPPLIER);
        assertThat(w.check(under44)).extracting(Finding::rule).containsExactly(Rule.R44_31_1_9);

        var under223 = under44.withLaw(ProcurementLaw.FZ223);
        List<Finding> findings = w.check(under223);
        assertThat(findings).extracting(Finding::rule).containsExactly(Rule.R273_10);
        assertThat(findings.getFirst().explanation()).contains("223-ФЗ", "44-ФЗ ст.31 ч.1 п.9 к ней не применяется");

        var own223 = World.contractWith("4027333335").withLaw(ProcurementLaw.FZ223);
        assertThat(w.check(own223)).extracting(Finding::rule).containsExactly(Rule.R273_10);
        assertThat(w.check(World.contractWith("4027333335")))
                .extracting(Finding::rule)
                .containsExactlyInAnyOrder(Rule.R44_39_6, Rule.R273_10);
    }

    private static void managedBy(World w, String companyInn, String managerInn) {
        var c = w.companies.stream()
                .filter(x -> x.inn().equals(companyInn))
                .findFirst()
                .orElseThrow();
        w.companies.remove(c);
        w.companies.add(new ru.probity.procurement.model.Company(
                c.inn(),
                c.kpp(),
                c.ogrn(),
                c.fullName(),
                c.shortName(),
                c.address(),
                c.email(),
                c.phone(),
                c.registeredOn(),
                c.terminatedOn(),
                c.extractDate(),
                c.people(),
                c.founders(),
                List.of(new ru.probity.procurement.model.CompanyShare(managerInn, null, "УК", null, null, null))));
    }

    @Test
    void theDirectorOfTheSuppliersManagingOrganizationIsAnotherManagementBody() {
        World w = new World()
                .employee("e1", "Петров Пётр Петрович", MEMBER_INN, ProcurementRole.CONTRACT_MANAGER)
                .relative("r1", "Петрова Анна Ивановна", "402700000202", "e1", RelationKind.SPOUSE)
                .company("4027444444", "ООО «УК Север»", List.of(director("ПЕТРОВА АННА ИВАНОВНА", "402700000202")))
                .company(SUPPLIER, "ООО «Ромашка»", List.of());
        assertThat(w.check()).isEmpty();

        managedBy(w, SUPPLIER, "4027444444");
        List<Finding> findings = w.check();
        assertThat(findings).extracting(Finding::rule).containsExactlyInAnyOrder(Rule.R44_31_1_9, Rule.R273_10);
        Finding f = rule(findings, Rule.R44_31_1_9).getFirst();
        assertThat(f.path())
                .extracting(PathStep::relation)
                .containsExactly("супруга", "генеральный директор", "управляющая организация");
        assertThat(f.explanation()).contains("управляющей организации поставщика", "иной орган управления");
    }

    @Test
    void aCommissionMemberHeadingTheManagingOrganizationIsAGroundUnder39Part6() {
        World w = new World()
                .employee("e1", "Петров Пётр Петрович", MEMBER_INN, ProcurementRole.COMMISSION_MEMBER)
                .company("4027444444", "ООО «УК Север»", List.of(director("ПЕТРОВ ПЁТР ПЕТРОВИЧ", MEMBER_INN)))
                .company(SUPPLIER, "ООО «Ромашка»", List.of());
        managedBy(w, SUPPLIER, "4027444444");
        List<Finding> findings = w.check();
        assertThat(findings).extracting(Finding::rule).containsExactlyInAnyOrder(Rule.R44_39_6, Rule.R273_10);
        assertThat(rule(findings, Rule.R273_10).getFirst().explanation()).contains("25-ФЗ ст.14 ч.1 п.3");
    }
}
