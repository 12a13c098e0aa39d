package ru.probity.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pickers list the tree in tree order with siblings by name, whatever order the ids have. */
class TreeOrderTest {

    private static Organization org(long id, Long parent, String path, OrganizationKind kind, String name) {
        return new Organization(id, parent, path, kind, name, null, null, null, null, null, null, null, true, 0);
    }

    @Test
    void eachOrganizationIsFollowedByItsSubtreeWithTheAdministrationFirstAndTheRestByName() {
        List<Organization> byPath = List.of(
                org(1, null, "/1/", OrganizationKind.REGION, "Калужская область"),
                org(2, 1L, "/1/2/", OrganizationKind.CITY_DISTRICT, "Город Обнинск"),
                org(9, 2L, "/1/2/9/", OrganizationKind.INSTITUTION, "Школа № 1"),
                org(3, 1L, "/1/3/", OrganizationKind.CITY_DISTRICT, "Город Калуга"),
                org(4, 3L, "/1/3/4/", OrganizationKind.INSTITUTION, "ёлочка, детский сад"),
                org(5, 3L, "/1/3/5/", OrganizationKind.ADMINISTRATION, "Управа города Калуги"),
                org(6, 3L, "/1/3/6/", OrganizationKind.INSTITUTION, "Гимназия № 24"),
                org(7, 1L, "/1/7/", OrganizationKind.ADMINISTRATION, "Правительство Калужской области"));

        assertThat(TreeOrder.sort(byPath))
                .extracting(Organization::name)
                .containsExactly(
                        "Калужская область",
                        "Правительство Калужской области",
                        "Город Калуга",
                        "Управа города Калуги",
                        "Гимназия № 24",
                        "ёлочка, детский сад",
                        "Город Обнинск",
                        "Школа № 1");
    }

    @Test
    void aSubtreeStartsAtTheUsersOrganization() {
        List<Organization> subtree = List.of(
                org(3, 1L, "/1/3/", OrganizationKind.CITY_DISTRICT, "Город Калуга"),
                org(6, 3L, "/1/3/6/", OrganizationKind.INSTITUTION, "Школа"),
                org(4, 3L, "/1/3/4/", OrganizationKind.INSTITUTION, "Детский сад"));

        assertThat(TreeOrder.sort(subtree)).extracting(Organization::id).containsExactly(3L, 4L, 6L);
    }
}
