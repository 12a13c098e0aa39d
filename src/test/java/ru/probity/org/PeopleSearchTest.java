package ru.probity.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;

class PeopleSearchTest extends IntegrationTest {

    @Autowired
    People people;

    @Autowired
    Organizations organizations;

    CurrentUser officer;

    @BeforeEach
    void signIn() {
        var account = users.loadUserByUsername("kaluga.officer");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(account, null, account.getAuthorities()));
        officer = CurrentUser.get();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long create(String lastName, String firstName) {
        return people.create(
                officer,
                new EmployeeForm(
                        organizationId(UGH),
                        lastName,
                        firstName,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "Специалист",
                        null,
                        null,
                        false,
                        false,
                        false,
                        false,
                        false,
                        null));
    }

    private List<Long> found(String query) {
        return people.search(officer, query, null, false, 0, 50).items().stream()
                .map(Employee::id)
                .toList();
    }

    @Test
    void nameSearchIgnoresCaseAndTreatsYoAsYe() {
        long id = create("Королёв", "Артём");
        assertThat(found("КОРОЛЕВ артем")).contains(id);
        assertThat(found("королёв")).contains(id);
    }

    @Test
    void nameSearchToleratesATypo() {
        long id = create("Шереметьевский", "Аркадий");
        assertThat(found("шереметевский")).contains(id);
        assertThat(found("Шереметьевскй Аркадий")).contains(id);
    }

    @Test
    void anInnOrSnilsFindsItsHolder() {
        var employee = jdbc.sql("""
                select e.id, e.inn from employee e join organization o on o.id = e.organization_id
                where e.inn is not null and e.active and o.path like (select path from organization where name = ?) || '%'
                limit 1""")
                .param(KALUGA)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .single();
        assertThat(found((String) employee[1])).containsExactly((Long) employee[0]);
    }

    @Test
    void searchStaysInsideTheUsersSubtree() {
        assertThat(people.search(officer, "", null, false, 0, 500).items())
                .allMatch(e -> organizations.isVisible(officer, e.organizationId()));
    }

    @Test
    void organizationSearchToleratesCaseAndTypos() {
        assertThat(organizations.search(officer, "управление городскго хозяйства", 10))
                .extracting(Organization::name)
                .contains(UGH);
    }
}
