package ru.probity.accounts.ldap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.probity.access.Role;
import ru.probity.accounts.ldap.DirectoryRules.GroupRole;
import ru.probity.accounts.ldap.DirectoryRules.Match;

class DirectoryRulesTest {

    private static final List<GroupRole> MAPPING = List.of(
            new GroupRole("AC-Officers", Role.ANTICORRUPTION_OFFICER),
            new GroupRole("CN=Commission, OU=Groups, DC=region", Role.COMMISSION_MEMBER));

    @Test
    void theFirstMappedGroupGivesTheRoleAndNoneGivesEmployee() {
        assertThat(DirectoryRules.role(List.of("cn=ac-officers,ou=groups,dc=region"), MAPPING))
                .isEqualTo(Role.ANTICORRUPTION_OFFICER);
        assertThat(DirectoryRules.role(List.of("cn=commission,ou=groups,dc=region"), MAPPING))
                .isEqualTo(Role.COMMISSION_MEMBER);
        assertThat(DirectoryRules.role(
                        List.of("cn=commission,ou=groups,dc=region", "CN=AC-Officers,OU=Other,DC=region"), MAPPING))
                .isEqualTo(Role.ANTICORRUPTION_OFFICER);
        assertThat(DirectoryRules.role(List.of("cn=it-staff,ou=groups,dc=region", "Domain Users"), MAPPING))
                .isEqualTo(Role.EMPLOYEE);
        // a group mapped by its DN is not matched by a namesake elsewhere
        assertThat(DirectoryRules.role(List.of("cn=commission,ou=other,dc=region"), MAPPING))
                .isEqualTo(Role.EMPLOYEE);
        // a name that only ends like the mapped one, or an OU of that name, is no match
        assertThat(DirectoryRules.role(List.of("cn=not-ac-officers,dc=region", "ou=ac-officers,dc=region"), MAPPING))
                .isEqualTo(Role.EMPLOYEE);
        assertThat(DirectoryRules.role(List.of(), MAPPING)).isEqualTo(Role.EMPLOYEE);
    }

    @Test
    void cardValuesAreNormalisedOrRefused() {
        assertThat(DirectoryRules.cardValue(Match.EMAIL, " Ivanova@Kaluga.RU ")).contains("ivanova@kaluga.ru");
        assertThat(DirectoryRules.cardValue(Match.EMAIL, "ivanova")).isEmpty();
        assertThat(DirectoryRules.cardValue(Match.SNILS, "112-233-445 95")).contains("11223344595");
        assertThat(DirectoryRules.cardValue(Match.SNILS, "112-233-445")).isEmpty();
        assertThat(DirectoryRules.cardValue(Match.LOGIN, "I.Ivanova")).contains("i.ivanova");
        assertThat(DirectoryRules.cardValue(Match.LOGIN, null)).isEmpty();
        assertThat(DirectoryRules.cardValue(Match.LOGIN, " ")).isEmpty();
    }

    @Test
    void usernamesFollowTheDirectoryLoginAndNeverCollide() {
        assertThat(DirectoryRules.username("I.Ivanova", 7, name -> false)).isEqualTo("i.ivanova");
        Set<String> taken = Set.of("i.ivanova", "i.ivanova.2");
        assertThat(DirectoryRules.username("i.ivanova", 7, taken::contains)).isEqualTo("i.ivanova.3");
        assertThat(DirectoryRules.username("Иванова", 7, name -> false)).isEqualTo("dir.7");
        assertThat(DirectoryRules.username(null, 8, name -> false)).isEqualTo("dir.8");
    }
}
