package ru.probity.accounts;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import ru.probity.accounts.ldap.DirectoryRules;

/**
 * Settings of the accounts ({@code probity.accounts.*}).
 *
 * @param twoFactorKeyFile where the key sealing the second factors' secrets lives
 *     ({@code probity.accounts.two-factor-key-file}); unset, {@code <data-dir>/keys/two-factor.key}
 * @param ldap sign-in through the organization's directory ({@code probity.accounts.ldap.*}), off unless
 *     enabled
 */
@ConfigurationProperties("probity.accounts")
record AccountSettings(Path twoFactorKeyFile, @DefaultValue Ldap ldap) {

    /** The key file: the setting, or {@code keys/two-factor.key} in the data directory. */
    Path twoFactorKeyFile(Path dataDir) {
        return twoFactorKeyFile != null
                ? twoFactorKeyFile
                : dataDir.resolve("keys").resolve("two-factor.key");
    }

    /**
     * Directory sign-in, LDAP or Active Directory (docs/security.md, «Directory sign-in»). The person is
     * found with the service account ({@code manager-dn}) by {@code user-search-filter} under {@code
     * user-search-base}, then his password is checked by a bind as him; it is never stored.
     *
     * @param enabled off by default: only local accounts
     * @param url the directory, e.g. {@code ldaps://dc1.region.local:636}
     * @param baseDn the root every other DN is relative to, e.g. {@code dc=region,dc=local}
     * @param userSearchBase where people are searched, relative to {@code base-dn} (empty: all of it)
     * @param userSearchFilter {@code {0}} is the typed login; default {@code (uid={0})}, with Active
     *     Directory {@code (&(objectClass=user)(sAMAccountName={0}))}
     * @param managerDn the service account that searches (empty: anonymous search)
     * @param managerPassword its password
     * @param activeDirectory the directory is Active Directory: its defaults for the filter, the login
     *     attribute ({@code sAMAccountName}) and groups ({@code memberOf})
     * @param match what finds the person card: {@code EMAIL}, {@code LOGIN} or {@code SNILS}
     * @param matchAttribute the directory attribute holding it (default {@code mail}; for LOGIN {@code
     *     uid} or {@code sAMAccountName}; for SNILS it must be named, e.g. {@code employeeNumber})
     * @param groupAttribute the attribute of the person's entry listing his groups' DNs ({@code memberOf})
     * @param groupSearchBase where groups listing the person as {@code member} are searched, relative to
     *     {@code base-dn} (empty: only {@code group-attribute})
     * @param groupSearchFilter {@code {0}} is the person's full DN, {@code {1}} the login
     * @param roles groups mapped to roles, in order of precedence: {@code roles[0].group=…},
     *     {@code roles[0].role=ANTICORRUPTION_OFFICER}; a person in none is an employee
     */
    record Ldap(
            boolean enabled,
            String url,
            @DefaultValue("") String baseDn,
            @DefaultValue("") String userSearchBase,
            String userSearchFilter,
            String managerDn,
            String managerPassword,
            boolean activeDirectory,
            @DefaultValue("EMAIL") DirectoryRules.Match match,
            String matchAttribute,
            @DefaultValue("memberOf") String groupAttribute,
            @DefaultValue("") String groupSearchBase,
            @DefaultValue("(member={0})") String groupSearchFilter,
            @DefaultValue List<DirectoryRules.GroupRole> roles) {

        String filter() {
            if (userSearchFilter != null && !userSearchFilter.isBlank()) {
                return userSearchFilter;
            }
            return activeDirectory ? "(&(objectClass=user)(sAMAccountName={0}))" : "(uid={0})";
        }

        String loginAttribute() {
            return activeDirectory ? "sAMAccountName" : "uid";
        }

        String matchAttributeName() {
            if (matchAttribute != null && !matchAttribute.isBlank()) {
                return matchAttribute;
            }
            return switch (match) {
                case EMAIL -> "mail";
                case LOGIN -> loginAttribute();
                case SNILS ->
                    throw new IllegalStateException(
                            "probity.accounts.ldap.match-attribute must name the attribute holding СНИЛС");
            };
        }
    }
}
