package ru.probity.procurement.affiliation;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.probity.procurement.affiliation.World.SIGNED;
import static ru.probity.procurement.affiliation.World.SUPPLIER;
import static ru.probity.procurement.affiliation.World.board;
import static ru.probity.procurement.affiliation.World.director;
import static ru.probity.procurement.affiliation.World.founder;
import static ru.probity.procurement.affiliation.World.name;
import static ru.probity.procurement.affiliation.World.owner;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.probity.org.RelationKind;
import ru.probity.procurement.model.CommissionMember;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.PersonLink;
import ru.probity.procurement.model.Protocol;
import ru.probity.procurement.model.Supplier;
import ru.probity.procurement.names.Confidence;

class ContractCheckerTest {

    static List<Finding> rule(List<Finding> findings, Rule rule) {
        return findings.stream().filter(f -> f.rule() == rule).toList();
    }

    @Test
    void flagsContractWhenDirectorIsSpouseOfContractManager() {
        World w = new World()
                .employee("e1", "Петров Пётр Петрович", "402700000101", ProcurementRole.CONTRACT_MANAGER)
                .relative("r1", "Петрова Анна Ивановна", "402700000202", "e1", RelationKind.SPOUSE)
                .company(SUPPLIER, "ООО «Ромашка»", List.of(director("ПЕТРОВА АННА ИВАНОВНА", "402700000202")));

        List<Finding> findings = w.check();

        List<Finding> f44 = rule(findings, Rule.R44_31_1_9);
        assertThat(f44).hasSize(1);
        Finding f = f44.getFirst();
        assertThat(f.officialId()).isEqualTo("e1");
        assertThat(f.personId()).isEqualTo("r1");
        assertThat(f.supplierInn()).isEqualTo(SUPPLIER);
        assertThat(f.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(f.path()).hasSize(2);
        assertThat(f.path().get(0).relation()).isEqualTo("супруга");
        assertThat(f.path().get(0).from()).contains("Петров Пётр Петрович");
        assertThat(f.path().get(1).relation()).isEqualTo("генеральный директор");
        assertThat(f.path().get(1).to()).contains("ООО «Ромашка» (ИНН 4027111111)");
        assertThat(f.explanation())
                .contains("44-ФЗ ст.31 ч.1 п.9", "контрактный управляющий", "супруга", "совпадает ИНН", "высокая");
        assertThat(rule(findings, Rule.R273_10))
                .singleElement()
                .extracting(Finding::personId)
                .isEqualTo("r1");
    }

    @Test
    void beneficiaryThroughAChainIsTheProductOfShares() {
        World w = new World()
                .employee("e1", "Смирнов Олег Игоревич", "402700000101", ProcurementRole.HEAD)
                .relative("r1", "Смирнов Игорь Игоревич", "402700000303", "e1", RelationKind.SIBLING)
                .company("4027222222", "ООО «Альфа»", List.of(founder("СМИРНОВ ИГОРЬ ИГОРЕВИЧ", "402700000303", 60)))
                .company(SUPPLIER, "ООО «Ромашка»", List.of(), owner("4027222222", "ООО «Альфа»", 50));

        assertThat(w.registry().beneficiaries(SUPPLIER, SIGNED))
                .singleElement()
                .satisfies(b -> assertThat(b.percent()).isCloseTo(30.0, org.assertj.core.data.Offset.offset(1e-6)));
        Finding f = rule(w.check(), Rule.R44_31_1_9).getFirst();
        assertThat(f.path())
                .extracting(PathStep::relation)
                .containsExactly("брат", "учредитель, 60 %", "учредитель, 50 %");
        assertThat(f.explanation()).contains("30 %", "выгодоприобретатель");
    }

    @Test
    void tenPercentOfNinetyPercentIsNotABeneficiaryButStillAPersonalInterest() {
        World w = new World()
                .employee("e1", "Смирнов Олег Игоревич", "402700000101", ProcurementRole.HEAD)
                .relative("r1", "Смирнов Игорь Игоревич", "402700000303", "e1", RelationKind.SIBLING)
                .company("4027222222", "ООО «Альфа»", List.of(founder("СМИРНОВ ИГОРЬ ИГОРЕВИЧ", "402700000303", 10)))
                .company(SUPPLIER, "ООО «Ромашка»", List.of(), owner("4027222222", "ООО «Альфа»", 90));

        assertThat(w.registry().beneficiaries(SUPPLIER, SIGNED)).isEmpty();
        List<Finding> findings = w.check();
        assertThat(rule(findings, Rule.R44_31_1_9)).isEmpty();
        assertThat(rule(findings, Rule.R273_10)).hasSize(1);
    }

    @Test
    void sharesAreSummedOverChains() {
        World w = new World()
                .employee("e1", "Смирнов Олег Игоревич", "402700000101", ProcurementRole.CONTRACT_SERVICE_HEAD)
                .relative("r1", "Смирнова Вера Олеговна", "402700000404", "e1", RelationKind.CHILD)
                .company("4027222222", "ООО «Бета»", List.of(founder("СМИРНОВА ВЕРА ОЛЕГОВНА", "402700000404", 100)))
                .company(
                        SUPPLIER,
                        "ООО «Ромашка»",
                        List.of(founder("СМИРНОВА ВЕРА ОЛЕГОВНА", "402700000404", 6)),
                        owner("4027222222", "ООО «Бета»", 5));

        assertThat(w.registry().beneficiaries(SUPPLIER, SIGNED)).singleElement().satisfies(b -> {
            assertThat(b.percent()).isCloseTo(11.0, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(b.chains()).isEqualTo(2);
        });
        Finding f = rule(w.check(), Rule.R44_31_1_9).getFirst();
        assertThat(f.personId()).isEqualTo("r1");
        assertThat(f.explanation()).contains("11 %", "дочь");
    }

    @Test
    void ordinaryEmployeeWhoseSiblingOwnsThreePercentIsFlaggedUnder273Only() {
        World w = new World()
                .employee("e1", "Кузнецов Антон Павлович", "402700000101", ProcurementRole.EMPLOYEE)
                .relative("r1", "Кузнецова Мария Павловна", "402700000505", "e1", RelationKind.SIBLING)
                .company(SUPPLIER, "ООО «Ромашка»", List.of(founder("КУЗНЕЦОВА МАРИЯ ПАВЛОВНА", "402700000505", 3)));

        List<Finding> findings = w.check();
        assertThat(findings).extracting(Finding::rule).containsExactly(Rule.R273_10);
        assertThat(findings.getFirst().path())
                .extracting(PathStep::relation)
                .containsExactly("сестра", "учредитель, 3 %");
        assertThat(findings.getFirst().explanation()).contains("273-ФЗ ст.10", "Сотрудник заказчика");
    }

    @Test
    void anAdoptedChildIsACloseRelativeUnder273FZ() {
        // СК РФ ст.137 п.1 equates an adopted child to a child by origin: personal interest under 273-ФЗ ст.10
        World w = new World()
                .employee("e1", "Кузнецов Антон Павлович", "402700000101", ProcurementRole.EMPLOYEE)
                .relative("r1", "Кузнецов Илья Антонович", "402700000505", "e1", RelationKind.ADOPTED_CHILD)
                .company(SUPPLIER, "ООО «Ромашка»", List.of(founder("КУЗНЕЦОВ ИЛЬЯ АНТОНОВИЧ", "402700000505", 3)));

        assertThat(w.check()).extracting(Finding::rule).containsExactly(Rule.R273_10);
    }

    @Test
    void spousesBrotherIsFlaggedUnder273ButNotUnder44() {
        World w = new World()
                .employee("e1", "Орлова Нина Сергеевна", "402700000101", ProcurementRole.HEAD)
                .relative("r1", "Волков Денис Андреевич", "402700000606", "e1", RelationKind.SPOUSE_SIBLING)
                .company(SUPPLIER, "ООО «Ромашка»", List.of(director("ВОЛКОВ ДЕНИС АНДРЕЕВИЧ", "402700000606")));

        List<Finding> findings = w.check();
        assertThat(findings).extracting(Finding::rule).containsExactly(Rule.R273_10);
        assertThat(findings.getFirst().path().getFirst().relation()).isEqualTo("брат супруга");
    }

    @Test
    void grandparentIsFlaggedUnder44ButNotUnder273() {
        World w = new World()
                .employee("e1", "Орлов Иван Сергеевич", "402700000101", ProcurementRole.CONTRACT_MANAGER)
                .relative("r1", "Орлов Сергей Петрович", "402700000707", "e1", RelationKind.GRANDPARENT)
                .company(SUPPLIER, "ООО «Ромашка»", List.of(board("ОРЛОВ СЕРГЕЙ ПЕТРОВИЧ", "402700000707")));

        List<Finding> findings = w.check();
        assertThat(findings).extracting(Finding::rule).containsExactly(Rule.R44_31_1_9);
        assertThat(findings.getFirst().path().getFirst().relation()).isEqualTo("дедушка");
    }

    @Test
    void aSharedPhoneIsFlagged() {
        World w = new World()
                .employee("e1", "Орлов Иван Сергеевич", "402700000101", ProcurementRole.EMPLOYEE)
                .company(SUPPLIER, "ООО «Ромашка»", "+7 (4842) 55-12-34", List.of());
        w.people.set(
                0,
                new StaffPerson(
                        "e1",
                        name("Орлов Иван Сергеевич"),
                        null,
                        "402700000101",
                        null,
                        "8 4842 551234",
                        null,
                        null,
                        World.CUSTOMER,
                        "специалист",
                        ProcurementRole.EMPLOYEE,
                        null,
                        null));

        List<Finding> findings = w.check();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.SHARED_CONTACT);
            assertThat(f.confidence()).isEqualTo(Confidence.MEDIUM);
            assertThat(f.path().getFirst().relation()).contains("телефон");
        });
    }

    @Test
    void aFormerDirectorIsFlaggedWithinThePeriodAndNotBeyondIt() {
        PersonLink recent = World.until(director("ОРЛОВ ИВАН СЕРГЕЕВИЧ", "402700000101"), SIGNED.minusYears(2));
        World within = new World()
                .employee("e1", "Орлов Иван Сергеевич", "402700000101", ProcurementRole.EMPLOYEE)
                .company(SUPPLIER, "ООО «Ромашка»", List.of(recent));
        assertThat(within.check()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.FORMER_TIE);
            assertThat(f.path().getFirst().relation()).startsWith("бывший генеральный директор (до ");
        });

        PersonLink old = World.until(director("ОРЛОВ ИВАН СЕРГЕЕВИЧ", "402700000101"), SIGNED.minusYears(4));
        World beyond = new World()
                .employee("e1", "Орлов Иван Сергеевич", "402700000101", ProcurementRole.EMPLOYEE)
                .company(SUPPLIER, "ООО «Ромашка»", List.of(old));
        assertThat(beyond.check()).isEmpty();
    }

    @Test
    void aCommissionMemberKnownOnlyFromTheProtocolIsAnOfficialOfThatPurchase() {
        World w = new World()
                .employee("e1", "Сидоров Сидор Сидорович", "402700000101", ProcurementRole.EMPLOYEE)
                .relative("r1", "Сидорова Ольга Петровна", "402700000808", "e1", RelationKind.SPOUSE)
                .company(SUPPLIER, "ООО «Ромашка»", List.of(director("СИДОРОВА ОЛЬГА ПЕТРОВНА", "402700000808")));
        w.protocols.add(new Protocol(
                "0137300000125000001",
                "1",
                LocalDate.of(2025, 3, 1),
                World.CUSTOMER,
                null,
                "Единая комиссия",
                List.of(
                        new CommissionMember(name("СИДОРОВ СИДОР СИДОРОВИЧ"), "член комиссии"),
                        new CommissionMember(name("Лебедев Иван Ильич"), "председатель"))));

        var purchase = World.contract("1", World.legalEntity(SUPPLIER, null), "0137300000125000001");
        Finding f = rule(w.check(purchase), Rule.R44_31_1_9).getFirst();
        assertThat(f.officialId()).isEqualTo("e1");
        assertThat(f.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(f.explanation()).contains("протоколу № 1");
        assertThat(rule(w.check(), Rule.R44_31_1_9)).isEmpty();

        // the chairman is not an employee: an official known by name only, who is the entrepreneur
        w.entrepreneurs.add(
                new Entrepreneur("402700000909", "1", name("ЛЕБЕДЕВ ИВАН ИЛЬИЧ"), null, null, null, null, null));
        var fromEntrepreneur = World.contract(
                "2",
                new Supplier(
                        Supplier.Kind.ENTREPRENEUR,
                        "402700000909",
                        null,
                        "ИП Лебедев И.И.",
                        name("Лебедев Иван Ильич"),
                        null,
                        null,
                        null),
                "0137300000125000001");
        // he himself is the participant: not in the п.9 list, a ground of 44-ФЗ ст.39 ч.6
        List<Finding> own = w.check(fromEntrepreneur);
        assertThat(rule(own, Rule.R44_31_1_9)).isEmpty();
        assertThat(rule(own, Rule.R44_39_6)).singleElement().satisfies(g -> {
            assertThat(g.officialId()).startsWith("protocol:0137300000125000001:");
            assertThat(g.explanation()).contains("среди сотрудников заказчика не найден", "44-ФЗ ст.39 ч.6");
        });
    }

    @Test
    void differentInnsAreNeverMatched() {
        World w = new World()
                .employee("e1", "Петров Пётр Петрович", "402700000101", ProcurementRole.CONTRACT_MANAGER)
                .relative("r1", "Петрова Анна Ивановна", "402700000202", "e1", RelationKind.SPOUSE)
                .company(SUPPLIER, "ООО «Ромашка»", List.of(director("ПЕТРОВА АННА ИВАНОВНА", "771200000202")));
        assertThat(w.check()).isEmpty();
    }

    @Test
    void aNamesakeWithACommonNameIsAtMostALowLead() {
        World w = new World()
                .employee("e1", "Иванов Пётр Иванович", "402700000101", ProcurementRole.CONTRACT_MANAGER)
                .relative("r1", "Иванов Иван Иванович", null, "e1", RelationKind.PARENT)
                .company(SUPPLIER, "ООО «Ромашка»", List.of(director("ИВАНОВ ИВАН ИВАНОВИЧ", "402700001111")));
        for (int i = 0; i < 40; i++) {
            w.company(
                    "50270000" + (10 + i),
                    "ООО «Ф" + i + "»",
                    List.of(director("ИВАНОВ ИВАН ИВАНОВИЧ", "5027000011" + (10 + i))));
        }
        List<Finding> findings = w.check();
        assertThat(findings).allSatisfy(f -> assertThat(f.confidence()).isEqualTo(Confidence.LOW));
        assertThat(findings).allSatisfy(f -> assertThat(f.explanation()).contains("не нарушение"));
    }

    @Test
    void personThreeHopsAwayIsFlaggedUnder273() {
        World w = new World()
                .employee("e1", "Кузнецов Антон Павлович", "402700000101", ProcurementRole.EMPLOYEE)
                .relative("r1", "Кузнецов Павел Антонович", "402700000505", "e1", RelationKind.CHILD)
                .company("4027333333", "ООО «Бэ»", List.of(director("КУЗНЕЦОВ ПАВЕЛ АНТОНОВИЧ", "402700000505")))
                .company("4027222222", "ООО «А»", List.of(), owner("4027333333", "ООО «Бэ»", 5))
                .company(SUPPLIER, "ООО «Ромашка»", List.of(), owner("4027222222", "ООО «А»", 5));

        assertThat(w.check()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.R273_10);
            assertThat(f.path()).hasSize(4);
        });
    }

    @Test
    void anOwnershipCycleDoesNotLoop() {
        World w = new World()
                .company(
                        "4027222222",
                        "ООО «А»",
                        List.of(founder("ХОЛОДОВ ИКС", "402700000111", 50)),
                        owner("4027333333", "ООО «Б»", 50))
                .company(
                        "4027333333",
                        "ООО «Б»",
                        List.of(founder("ХОЛОДОВ ИГРЕК", "402700000222", 50)),
                        owner("4027222222", "ООО «А»", 50))
                .company(SUPPLIER, "ООО «Ромашка»", List.of(), owner("4027222222", "ООО «А»", 100));
        RegistryIndex registry = w.registry();
        List<RegistryIndex.Beneficiary> owners = new ArrayList<>();
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                Duration.ofSeconds(2), () -> owners.addAll(registry.beneficiaries(SUPPLIER, SIGNED)));
        assertThat(owners).extracting(b -> Math.round(b.percent())).containsExactly(50L, 25L);
    }
}
