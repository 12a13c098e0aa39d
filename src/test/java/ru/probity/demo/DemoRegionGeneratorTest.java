package ru.probity.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ru.probity.access.Role;
import ru.probity.demo.DemoRegion.Employee;
import ru.probity.demo.DemoRegion.Organization;
import ru.probity.identifiers.Identifiers;
import ru.probity.procurement.names.RussianNames;

class DemoRegionGeneratorTest {

    private static final DemoRegion REGION = new DemoRegionGenerator().generate();

    @Test
    void theSameSeedGivesTheSameRegionAndAnotherSeedAnotherOne() {
        assertThat(new DemoRegionGenerator(DemoRegionGenerator.DEFAULT_SEED).generate())
                .isEqualTo(REGION);
        assertThat(new DemoRegionGenerator(7).generate().employees()).isNotEqualTo(REGION.employees());
    }

    @Test
    void theRegionHasARealisticSize() {
        assertThat(REGION.organizations()).hasSizeBetween(200, 400);
        assertThat(REGION.employees()).hasSizeBetween(1500, 2500);
        assertThat(REGION.relatives().size()).isGreaterThan(REGION.employees().size() * 2);
    }

    @Test
    void theTreeHasTheRegionItsCitiesAndTwentyFourMunicipalDistricts() {
        Organization root = REGION.organizations().getFirst();
        assertThat(root.name()).isEqualTo("Калужская область");
        assertThat(root.kind()).isEqualTo("REGION");
        assertThat(root.parentKey()).isNull();
        assertThat(REGION.organization("Городской округ «Город Калуга»").parentKey())
                .isEqualTo(root.key());
        assertThat(REGION.organization("Городской округ «Город Обнинск»").parentKey())
                .isEqualTo(root.key());
        assertThat(REGION.organizations().stream().filter(o -> o.kind().equals("MUNICIPAL_DISTRICT")))
                .hasSize(24)
                .allMatch(o -> Objects.equals(o.parentKey(), root.key()))
                .extracting(Organization::name)
                .contains("Муниципальный район «Боровский район»", "Муниципальный район «Спас-Деменский район»");
        Organization prevention = REGION.organization("Управление по профилактике коррупционных и иных правонарушений");
        assertThat(prevention.parentKey())
                .isEqualTo(REGION.organization("Администрация Губернатора Калужской области")
                        .key());
        assertThat(REGION.organization("Городское поселение «Город Боровск»").kind())
                .isEqualTo("URBAN_SETTLEMENT");
        assertThat(REGION.organization("Сельское поселение «Село Совьяки»").kind())
                .isEqualTo("RURAL_SETTLEMENT");
    }

    @Test
    void theCityEconomyDepartmentAndItsSubordinatesAreUnderTheCityUprava() {
        Organization uprava = REGION.organization("Городская Управа города Калуги");
        Organization ugh = REGION.organization("Управление городского хозяйства города Калуги");
        assertThat(uprava.parentKey())
                .isEqualTo(REGION.organization("Городской округ «Город Калуга»").key());
        assertThat(ugh.parentKey()).isEqualTo(uprava.key());
        assertThat(REGION.organizations().stream().filter(o -> Objects.equals(o.parentKey(), ugh.key())))
                .hasSizeBetween(4, 6)
                .extracting(Organization::kind)
                .contains("INSTITUTION", "ENTERPRISE");
        assertThat(REGION.organization("МБУ «Калугаблагоустройство»").parentKey())
                .isEqualTo(ugh.key());
    }

    @Test
    void parentsComeBeforeTheirChildren() {
        assertThat(REGION.organizations()).allMatch(o -> o.parentKey() == null || o.parentKey() < o.key());
        assertThat(REGION.organizations())
                .filteredOn(o -> o.parentKey() == null)
                .hasSize(1);
    }

    @Test
    void everyIdentifierPassesItsCheck() {
        for (Organization o : REGION.organizations()) {
            if (o.inn() != null) {
                assertThat(Identifiers.checkOrganizationInn(o.inn()))
                        .as(o.inn())
                        .isEmpty();
                assertThat(o.inn()).startsWith("40");
                assertThat(Identifiers.checkKpp(o.kpp())).isEmpty();
                assertThat(o.kpp()).startsWith(o.inn().substring(0, 4));
                assertThat(Identifiers.checkOgrn(o.ogrn())).as(o.ogrn()).isEmpty();
            }
        }
        for (Employee e : REGION.employees()) {
            if (e.inn() != null) {
                assertThat(Identifiers.checkPersonInn(e.inn())).as(e.inn()).isEmpty();
            }
            if (e.snils() != null) {
                assertThat(Identifiers.checkSnils(e.snils())).as(e.snils()).isEmpty();
            }
        }
        for (DemoRegion.Relative r : REGION.relatives()) {
            if (r.inn() != null) {
                assertThat(Identifiers.checkPersonInn(r.inn())).as(r.inn()).isEmpty();
            }
            if (r.snils() != null) {
                assertThat(Identifiers.checkSnils(r.snils())).as(r.snils()).isEmpty();
            }
        }
        assertThat(REGION.employees().stream().map(Employee::inn).filter(Objects::nonNull))
                .doesNotHaveDuplicates();
        assertThat(REGION.organizations().stream().map(Organization::inn).filter(Objects::nonNull))
                .doesNotHaveDuplicates();
    }

    @Test
    void everyRelationIsOneOfTheAllowedOnesAndEveryRelationOccurs() {
        assertThat(REGION.relatives()).extracting(DemoRegion.Relative::relation).allMatch(DemoRelation.ALL::contains);
        assertThat(REGION.relatives().stream()
                        .map(DemoRegion.Relative::relation)
                        .collect(Collectors.toSet()))
                .containsAll(DemoRelation.ALL);
    }

    @Test
    void patronymicsAndSurnamesAgreeWithGender() {
        assertThat(REGION.employees()).filteredOn(Employee::female).allSatisfy(e -> {
            assertThat(e.middleName()).matches(".*(вна|чна|ична)");
            assertThat(e.firstName()).isIn(RussianNames.FEMALE_NAMES);
        });
        assertThat(REGION.employees()).filteredOn(e -> !e.female()).allSatisfy(e -> {
            assertThat(e.middleName()).matches(".*(вич|ич)");
            assertThat(e.lastName()).isIn(RussianNames.SURNAMES);
        });
        assertThat(REGION.relatives())
                .filteredOn(DemoRegion.Relative::female)
                .allSatisfy(r -> assertThat(r.middleName()).matches(".*(вна|чна|ична)"));
    }

    @Test
    void childrenOfMenCarryTheirSurnameAndAPatronymicFromTheirName() {
        Map<Integer, Employee> byKey =
                REGION.employees().stream().collect(Collectors.toMap(Employee::key, Function.identity()));
        assertThat(REGION.relatives())
                .filteredOn(r -> r.relation().equals(DemoRelation.CHILD))
                .filteredOn(r -> !byKey.get(r.employeeKey()).female() && !r.female())
                .isNotEmpty()
                .allSatisfy(r -> {
                    Employee father = byKey.get(r.employeeKey());
                    assertThat(r.lastName()).isEqualTo(father.lastName());
                    assertThat(r.middleName()).isEqualTo(RussianNames.patronymic(father.firstName(), false));
                    assertThat(r.birthDate()).isAfter(father.birthDate().plusYears(18));
                });
    }

    @Test
    void everyBuyingOrganizationHasItsProcurementRoles() {
        Map<Integer, java.util.List<Employee>> staff =
                REGION.employees().stream().collect(Collectors.groupingBy(Employee::organizationKey));
        Set<String> buyers = Set.of("ADMINISTRATION", "INSTITUTION", "ENTERPRISE");
        REGION.organizations().stream().filter(o -> buyers.contains(o.kind())).forEach(o -> {
            var people = staff.get(o.key());
            assertThat(people).as(o.name()).hasSizeBetween(3, 15);
            assertThat(people).filteredOn(Employee::headOfCustomer).hasSize(1);
            assertThat(people).filteredOn(Employee::contractServiceHead).hasSize(1);
            assertThat(people).filteredOn(Employee::contractManager).hasSizeBetween(1, 2);
            assertThat(people).filteredOn(Employee::procurementCommissionMember).hasSizeBetween(3, 5);
        });
    }

    @Test
    void aboutFivePercentAreDismissedAndNoneBeforeAppointment() {
        long dismissed = REGION.employees().stream().filter(e -> !e.active()).count();
        assertThat(dismissed)
                .isBetween(REGION.employees().size() / 50L, REGION.employees().size() / 10L);
        assertThat(REGION.employees())
                .allMatch(e -> e.dismissedOn() == null || !e.dismissedOn().isBefore(e.appointedOn()))
                .allMatch(e ->
                        e.appointedOn().getYear() >= 2005 && e.appointedOn().getYear() <= 2026)
                .allMatch(e -> e.birthDate().getYear() >= 1960 && e.birthDate().getYear() <= 2000);
    }

    @Test
    void thereIsADemoAccountForEveryRoleLinkedWhereTheBriefSaysSo() {
        assertThat(REGION.accounts()).extracting(DemoRegion.Account::role).containsAll(Arrays.asList(Role.values()));
        assertThat(REGION.accounts())
                .extracting(DemoRegion.Account::username)
                .containsExactly(
                        "region.admin",
                        "region.auditor",
                        "region.custodian",
                        "kaluga.officer",
                        "obninsk.officer",
                        "ugh.officer",
                        "ugh.head",
                        "kaluga.commission",
                        "ugh.employee",
                        "ugh.lawyer");
        int ugh = REGION.organization("Управление городского хозяйства города Калуги")
                .key();
        var head = REGION.accounts().stream()
                .filter(a -> a.username().equals("ugh.head"))
                .findFirst()
                .orElseThrow();
        Employee headEmployee = REGION.employees().get(head.employeeKey());
        assertThat(headEmployee.organizationKey()).isEqualTo(ugh);
        assertThat(headEmployee.post()).isEqualTo("Начальник управления");
        assertThat(head.fullName()).isEqualTo(headEmployee.fullName());
        var employee = REGION.accounts().stream()
                .filter(a -> a.username().equals("ugh.employee"))
                .findFirst()
                .orElseThrow();
        assertThat(REGION.employees().get(employee.employeeKey()))
                .satisfies(e -> assertThat(e.organizationKey()).isEqualTo(ugh))
                .satisfies(e -> assertThat(e.hasProcurementRole()).isFalse());
    }

    @Test
    void relativesAreAliveAndTheirBirthDatesFitTheRelation() {
        Map<Integer, Employee> byKey =
                REGION.employees().stream().collect(Collectors.toMap(Employee::key, Function.identity()));
        assertThat(REGION.relatives()).allSatisfy(r -> {
            Employee e = byKey.get(r.employeeKey());
            assertThat(r.birthDate()).isAfter(LocalDate.of(1930, 12, 31)).isBefore(DemoPeople.TODAY);
            switch (r.relation()) {
                case DemoRelation.PARENT, DemoRelation.GRANDPARENT ->
                    assertThat(r.birthDate()).isBefore(e.birthDate().minusYears(17));
                case DemoRelation.CHILD, DemoRelation.GRANDCHILD ->
                    assertThat(r.birthDate()).isAfter(e.birthDate().plusYears(18));
                case DemoRelation.SIBLING ->
                    assertThat(Math.abs(
                                    r.birthDate().toEpochDay() - e.birthDate().toEpochDay()))
                            .isGreaterThan(300);
                default -> {}
            }
        });
    }

    @Test
    void keysAreIndexes() {
        for (int i = 0; i < REGION.employees().size(); i++) {
            assertThat(REGION.employees().get(i).key()).isEqualTo(i);
        }
        for (int i = 0; i < REGION.relatives().size(); i++) {
            assertThat(REGION.relatives().get(i).key()).isEqualTo(i);
        }
    }
}
