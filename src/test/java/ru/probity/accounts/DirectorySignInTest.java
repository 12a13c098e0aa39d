package ru.probity.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import ru.probity.TestDirectory;
import ru.probity.access.Role;
import ru.probity.accounts.ldap.DirectoryRules;
import ru.probity.audit.AccessLog;
import ru.probity.security.SecurityTest;

/**
 * Issue 16, item 2: sign-in through the organization's directory, against a real LDAP server
 * (UnboundID's in-memory directory, {@link TestDirectory}) holding people of the demo registry.
 */
@Tag("security")
class DirectorySignInTest extends SecurityTest {

    private static final String PASSWORD = "Directory-pass-91";

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AccountStore store;

    @Autowired
    AccessLog accessLog;

    @Autowired
    Accounts accounts;

    /** An active employee of the organization with an e-mail, no account and no directory entry yet. */
    private record Person(long id, long organizationId, String email, String snils) {}

    private Person demoPerson(String organization, int skip) {
        return jdbc.sql("""
                        select e.id, e.organization_id, e.email, e.snils from employee e
                        where e.organization_id in (select organization_id from org_subtree
                                                    where ancestor_id = (select id from organization where name = ?))
                          and e.active and e.email is not null and e.snils is not null
                          and not exists (select 1 from app_user u where u.employee_id = e.id)
                          and (select count(*) from employee d where lower(d.email) = lower(e.email)) = 1
                        order by e.id offset ? limit 1""")
                .params(organization, skip)
                .query((rs, n) -> new Person(
                        rs.getLong("id"), rs.getLong("organization_id"), rs.getString("email"), rs.getString("snils")))
                .single();
    }

    private record Row(long id, String username, String role, long organizationId, boolean directory, String hash) {}

    private Row accountOf(long employeeId) {
        return jdbc.sql("""
                        select id, username, role, organization_id, directory, password_hash from app_user
                        where employee_id = ?""")
                .param(employeeId)
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("role"),
                        rs.getLong("organization_id"),
                        rs.getBoolean("directory"),
                        rs.getString("password_hash")))
                .single();
    }

    private int accountsOf(long employeeId) {
        return jdbc.sql("select count(*) from app_user where employee_id = ?")
                .param(employeeId)
                .query(Integer.class)
                .single();
    }

    @Test
    void theFirstDirectorySignInMakesTheAccountLinkedToThePersonCardAndTheNextFindsIt() throws Exception {
        Person person = demoPerson(UGH, 0);
        TestDirectory.addPerson("d.first", PASSWORD, person.email().toUpperCase(), null, TestDirectory.UNMAPPED);

        mvc.perform(login("d.first", PASSWORD, "127.16.2.1"))
                .andExpect(authenticated().withUsername("d.first").withRoles("EMPLOYEE"))
                .andExpect(redirectedUrl("/"));
        Row account = accountOf(person.id());
        assertThat(account.username()).isEqualTo("d.first");
        // a group nobody mapped gives nothing: an employee, in his card's organization
        assertThat(account.role()).isEqualTo("EMPLOYEE");
        assertThat(account.organizationId()).isEqualTo(person.organizationId());
        assertThat(account.directory()).isTrue();
        // the directory's password is not stored, nor usable as a local one
        assertThat(encoder.matches(PASSWORD, account.hash())).isFalse();
        assertThat(jdbc.sql("""
                        select count(*) from access_log where action = 'CREATE' and subject_id = ?
                          and details like 'directory sign-in: role EMPLOYEE%'""").param(account.id()).query(Integer.class).single())
                .isEqualTo(1);

        // the second sign-in finds the same account; the employee's own card opens
        Cookie session = mvc.perform(login("d.first", PASSWORD, "127.16.2.2"))
                .andExpect(authenticated().withUsername("d.first"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(accountsOf(person.id())).isEqualTo(1);
        mvc.perform(get("/people/" + person.id()).cookie(session)).andExpect(status().isOk());

        // the directory is where the password changes: the old one no longer signs in
        TestDirectory.setPassword("d.first", "Directory-pass-92");
        mvc.perform(login("d.first", PASSWORD, "127.16.2.3")).andExpect(unauthenticated());
        mvc.perform(login("d.first", "Directory-pass-92", "127.16.2.3")).andExpect(authenticated());
        // a signature by password (acknowledging an act) takes the directory's password
        var user = ((UserAccount) users.loadUserByUsername("d.first")).currentUser();
        assertThat(accounts.confirmPassword(user, "Directory-pass-92")).isTrue();
        assertThat(accounts.confirmPassword(user, PASSWORD)).isFalse();
        assertThat(accounts.confirmPassword(user, "")).isFalse();
        // the password is changed in the directory, not here
        assertThat(accounts.changePassword(user, "Directory-pass-92", "Another-pass-5519", "Another-pass-5519", null))
                .contains("password.error.directory");

        // a reset gives the directory account a local password: it signs in with that too
        store.updatePassword(account.id(), encoder.encode("Local-reset-7731"), true);
        mvc.perform(login("d.first", "Local-reset-7731", "127.16.2.4"))
                .andExpect(authenticated().withUsername("d.first"));
        mvc.perform(login("d.first", "Directory-pass-92", "127.16.2.4"))
                .andExpect(authenticated().withUsername("d.first"));
    }

    @Test
    void aWrongDirectoryPasswordIsRefusedAndThrottledLikeALocalOne() throws Exception {
        Person person = demoPerson(UGH, 1);
        TestDirectory.addPerson("d.wrong", PASSWORD, person.email(), null);
        for (int i = 0; i < 5; i++) {
            mvc.perform(login("d.wrong", "wrong-password-" + i, "127.16.3.1"))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        // held back from that address even with the right password, no account made...
        mvc.perform(login("d.wrong", PASSWORD, "127.16.3.1"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=bad"));
        assertThat(accountsOf(person.id())).isZero();
        assertThat(jdbc.sql("select count(*) from access_log where username = 'd.wrong' and action = 'LOCKED'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        // ...while the owner signs in from his own
        mvc.perform(login("d.wrong", PASSWORD, "127.16.3.2")).andExpect(authenticated());
    }

    @Test
    void theOfficersGroupGivesTheOfficerRoleWithinThePersonsOrganizationOnly() throws Exception {
        Person person = demoPerson(UGH, 2);
        TestDirectory.addPerson(
                "d.officer", PASSWORD, person.email(), null, TestDirectory.OFFICERS, TestDirectory.UNMAPPED);
        mvc.perform(login("d.officer", PASSWORD, "127.16.4.1"))
                .andExpect(authenticated().withUsername("d.officer").withRoles("ANTICORRUPTION_OFFICER"));
        Row account = accountOf(person.id());
        assertThat(account.role()).isEqualTo("ANTICORRUPTION_OFFICER");
        assertThat(account.organizationId()).isEqualTo(organizationId(UGH));

        // an officer of his subtree: its people open, another municipality's do not
        mvc.perform(get("/people/" + employeeOf(UGH)).with(as("d.officer"))).andExpect(status().isOk());
        mvc.perform(get("/people/" + employeeWithin(OBNINSK)).with(as("d.officer")))
                .andExpect(status().isForbidden());
        // the API too, by HTTP Basic with the directory's password
        mvc.perform(get("/api/v1/employees/" + employeeWithin(OBNINSK)).with(httpBasic("d.officer", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/employees/" + employeeOf(UGH)).with(httpBasic("d.officer", PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void aGroupMappedByItsDnGivesItsRoleAndTheMappingsOrderDecides() throws Exception {
        Person commission = demoPerson(KALUGA, 0);
        TestDirectory.addPerson("d.commission", PASSWORD, commission.email(), null, "commission");
        mvc.perform(login("d.commission", PASSWORD, "127.16.5.1"))
                .andExpect(authenticated().withRoles("COMMISSION_MEMBER"));
        Person both = demoPerson(KALUGA, 1);
        TestDirectory.addPerson("d.both", PASSWORD, both.email(), null, "commission", TestDirectory.OFFICERS);
        mvc.perform(login("d.both", PASSWORD, "127.16.5.2"))
                .andExpect(authenticated().withRoles("ANTICORRUPTION_OFFICER"));
    }

    @Test
    void anExistingAccountOfThePersonIsUsedAndNeverKeepsARoleAboveTheMapping() throws Exception {
        Person person = demoPerson(UGH, 3);
        jdbc.sql("""
                        insert into app_user (username, password_hash, full_name, role, organization_id, employee_id,
                                              created_by)
                        select 'local.head', password_hash, 'Проверка Каталога', 'ORGANIZATION_HEAD', ?, ?, 'test'
                        from app_user where username = 'region.admin'""").params(person.organizationId(), person.id()).update();
        // the local password still works beside the directory
        mvc.perform(login("local.head", DEMO_PASSWORD, "127.16.6.1"))
                .andExpect(authenticated().withUsername("local.head").withRoles("ORGANIZATION_HEAD"));
        // through the directory, in no mapped group: the same account, an employee now
        TestDirectory.addPerson("d.head", PASSWORD, person.email(), null);
        mvc.perform(login("d.head", PASSWORD, "127.16.6.2"))
                .andExpect(authenticated().withUsername("local.head").withRoles("EMPLOYEE"));
        assertThat(accountsOf(person.id())).isEqualTo(1);
        assertThat(accountOf(person.id()).role()).isEqualTo("EMPLOYEE");

        // a disabled account stays shut through the directory
        jdbc.sql("update app_user set enabled = false where username = 'local.head'")
                .update();
        mvc.perform(login("d.head", PASSWORD, "127.16.6.3"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    @Test
    void aPersonWithoutACardIsRefusedWithARussianMessageAndALogLine() throws Exception {
        TestDirectory.addPerson("d.stranger", PASSWORD, "stranger@nowhere.test", null, TestDirectory.OFFICERS);
        int accounts = store.count();
        mvc.perform(login("d.stranger", PASSWORD, "127.16.7.1"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=directory"));
        assertThat(store.count()).isEqualTo(accounts);
        assertThat(jdbc.sql("""
                        select count(*) from access_log where username = 'd.stranger' and action = 'LOGIN_FAILED'
                          and details like '%no person cards with mail=stranger@nowhere.test%'""").query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get("/login").param("error", "directory"))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("карточка сотрудника в реестре не найдена")));
        // a login the directory does not know is the ordinary refusal
        mvc.perform(login("d.nobody", PASSWORD, "127.16.7.1")).andExpect(redirectedUrl("/login?error=bad"));
    }

    @Test
    void localAccountsStillSignInAndTheirWrongPasswordsAreRefused() throws Exception {
        mvc.perform(login("ugh.employee", DEMO_PASSWORD, "127.16.8.1"))
                .andExpect(authenticated().withUsername("ugh.employee"));
        mvc.perform(login("ugh.employee", "not-the-password-1", "127.16.8.1"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    @Test
    void theSecondFactorPolicyHoldsForDirectoryAccounts() throws Exception {
        Person person = demoPerson(OBNINSK, 0);
        TestDirectory.addPerson("d.tfa", PASSWORD, person.email(), null, TestDirectory.OFFICERS);
        jdbc.sql("insert into two_factor_policy (role, set_by) values ('ANTICORRUPTION_OFFICER', 'test')")
                .update();
        try {
            Cookie session = mvc.perform(login("d.tfa", PASSWORD, "127.16.9.1"))
                    .andExpect(authenticated())
                    .andReturn()
                    .getResponse()
                    .getCookie("SESSION");
            mvc.perform(get("/people").cookie(session)).andExpect(redirectedUrl("/account/two-factor"));
        } finally {
            jdbc.sql("delete from two_factor_policy").update();
        }
    }

    /** Active Directory's shape (sAMAccountName, memberOf) and matching by СНИЛС, on the same server. */
    @Test
    void activeDirectoryMatchedBySnils() {
        Person person = demoPerson(OBNINSK, 1);
        TestDirectory.addPerson(
                "d.snils",
                PASSWORD,
                null,
                person.snils().substring(0, 3) + "-" + person.snils().substring(3, 6) + "-"
                        + person.snils().substring(6, 9) + " " + person.snils().substring(9),
                TestDirectory.OFFICERS);
        var ldap = new AccountSettings.Ldap(
                true,
                TestDirectory.url(),
                TestDirectory.BASE,
                "ou=people",
                null,
                TestDirectory.serviceDn(),
                TestDirectory.servicePassword(),
                true,
                DirectoryRules.Match.SNILS,
                "employeeNumber",
                "memberOf",
                "",
                "(member={0})",
                List.of(new DirectoryRules.GroupRole(TestDirectory.OFFICERS, Role.ANTICORRUPTION_OFFICER)));
        var directory =
                new DirectorySignIn(new DirectoryBind(new AccountSettings(null, ldap)), store, encoder, accessLog);
        UserAccount account = directory.signIn("d.snils", PASSWORD);
        assertThat(account.currentUser().employeeId()).isEqualTo(person.id());
        assertThat(account.currentUser().role()).isEqualTo(Role.ANTICORRUPTION_OFFICER);
        assertThat(account.currentUser().organizationId()).isEqualTo(person.organizationId());
        assertThatThrownBy(() -> directory.signIn("d.snils", "wrong-password-1"))
                .isInstanceOf(BadCredentialsException.class);

        // a directory that does not answer is the ordinary refusal, not an error page
        var down = new AccountSettings.Ldap(
                true,
                "ldap://127.0.0.1:1",
                TestDirectory.BASE,
                "ou=people",
                null,
                TestDirectory.serviceDn(),
                TestDirectory.servicePassword(),
                true,
                DirectoryRules.Match.SNILS,
                "employeeNumber",
                "memberOf",
                "",
                "(member={0})",
                List.of());
        assertThatThrownBy(() -> new DirectoryBind(new AccountSettings(null, down)).authenticate("d.snils", PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
    }
}
