package ru.probity.accounts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.SpringSecurityLdapTemplate;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import org.springframework.stereotype.Component;

/**
 * The directory's half of directory sign-in (Spring Security LDAP): finds the person's entry with the
 * service account, checks the password by a bind as the person (never stored, never kept), and reads
 * the attribute that matches a person card and his groups. Built at the first use, only when
 * {@code probity.accounts.ldap.enabled}.
 */
@Component
class DirectoryBind {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryBind.class);

    /** The person the directory vouched for. */
    record DirectoryPerson(String login, String dn, String matchValue, List<String> groups) {}

    private final AccountSettings.Ldap settings;
    private volatile Engine engine;

    DirectoryBind(AccountSettings settings) {
        this.settings = settings.ldap();
        if (enabled()) {
            // a setting missing (the attribute holding СНИЛС) stops the start, not a sign-in
            this.settings.matchAttributeName();
        }
    }

    boolean enabled() {
        return settings.enabled() && settings.url() != null && !settings.url().isBlank();
    }

    AccountSettings.Ldap settings() {
        return settings;
    }

    /**
     * The person whose directory password this is; a wrong password, an unknown login and an
     * unreachable directory are one {@link BadCredentialsException} (the reason is logged).
     */
    DirectoryPerson authenticate(String login, String password) {
        if (!enabled() || login == null || login.isBlank() || password == null || password.isEmpty()) {
            throw new BadCredentialsException(SignInProvider.REFUSED);
        }
        Engine e = engine();
        DirContextOperations entry;
        try {
            entry = e.authenticator.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(login, password));
        } catch (AuthenticationException refused) {
            throw new BadCredentialsException(SignInProvider.REFUSED, refused);
        } catch (RuntimeException unreachable) {
            LOG.warn("Directory sign-in of {} failed: {}", login, unreachable.toString());
            throw new BadCredentialsException(SignInProvider.REFUSED, unreachable);
        }
        String dn = entry.getNameInNamespace();
        String directoryLogin = entry.getStringAttribute(settings.loginAttribute());
        return new DirectoryPerson(
                directoryLogin == null ? login : directoryLogin,
                dn,
                entry.getStringAttribute(settings.matchAttributeName()),
                groups(e, entry, dn, login));
    }

    /** Whether a bind as the entry with this password succeeds (never with an empty password). */
    boolean confirm(String dn, String password) {
        if (!enabled() || password == null || password.isEmpty()) {
            return false;
        }
        try {
            engine().source.getContext(dn, password).close();
            return true;
        } catch (org.springframework.ldap.AuthenticationException | javax.naming.NamingException wrong) {
            return false;
        } catch (RuntimeException unreachable) {
            LOG.warn("Directory check of {} failed: {}", dn, unreachable.toString());
            return false;
        }
    }

    private List<String> groups(Engine e, DirContextOperations entry, String dn, String login) {
        Set<String> groups = new LinkedHashSet<>();
        String[] listed = entry.getStringAttributes(settings.groupAttribute());
        if (listed != null) {
            groups.addAll(List.of(listed));
        }
        if (!settings.groupSearchBase().isBlank()) {
            // each group by its full DN, so that a mapping may name it by its CN or by its DN
            e.template
                    .searchForMultipleAttributeValues(
                            settings.groupSearchBase(),
                            settings.groupSearchFilter(),
                            new String[] {dn, login},
                            new String[] {"cn"})
                    .forEach(
                            values -> groups.addAll(values.getOrDefault(SpringSecurityLdapTemplate.DN_KEY, List.of())));
        }
        return new ArrayList<>(groups);
    }

    private Engine engine() {
        Engine e = engine;
        if (e == null) {
            synchronized (this) {
                if (engine == null) {
                    engine = new Engine(settings);
                }
                e = engine;
            }
        }
        return e;
    }

    /** The directory's connection, search and bind, made once. */
    private static final class Engine {

        final BindAuthenticator authenticator;
        final SpringSecurityLdapTemplate template;
        final DefaultSpringSecurityContextSource source;

        Engine(AccountSettings.Ldap settings) {
            String url = settings.url().strip();
            String providerUrl =
                    settings.baseDn().isBlank() ? url : url.replaceAll("/+$", "") + "/" + settings.baseDn();
            DefaultSpringSecurityContextSource source = new DefaultSpringSecurityContextSource(providerUrl);
            if (settings.managerDn() != null && !settings.managerDn().isBlank()) {
                source.setUserDn(settings.managerDn());
                source.setPassword(settings.managerPassword() == null ? "" : settings.managerPassword());
            } else {
                source.setAnonymousReadOnly(true);
            }
            if (settings.activeDirectory()) {
                // AD answers a search from the domain's root with referrals to its other partitions
                source.setReferral("follow");
            }
            source.afterPropertiesSet();
            FilterBasedLdapUserSearch search =
                    new FilterBasedLdapUserSearch(settings.userSearchBase(), settings.filter(), source);
            search.setSearchSubtree(true);
            String[] attributes = {
                settings.loginAttribute(), settings.matchAttributeName(), settings.groupAttribute(), "cn"
            };
            search.setReturningAttributes(attributes);
            BindAuthenticator bind = new BindAuthenticator(source);
            bind.setUserSearch(search);
            bind.setUserAttributes(attributes);
            bind.afterPropertiesSet();
            this.authenticator = bind;
            this.source = source;
            this.template = new SpringSecurityLdapTemplate(source);
            this.template.setIgnorePartialResultException(true);
        }
    }
}
