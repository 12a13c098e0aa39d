package ru.probity;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldif.LDIFReader;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real LDAP directory for the whole test run (UnboundID's in-memory server on a loopback port),
 * with which the application's directory sign-in is enabled: the region's people under {@code
 * ou=people}, its groups under {@code ou=groups}, the service account Probity searches with. Tests add
 * the people of the demo registry they sign in as ({@link #addPerson}).
 */
public final class TestDirectory {

    public static final String BASE = "dc=region,dc=test";
    public static final String OFFICERS = "ac-officers";
    public static final String COMMISSION_DN = "cn=commission,ou=groups," + BASE;
    public static final String UNMAPPED = "it-staff";
    private static final String SERVICE_DN = "cn=probity,ou=services," + BASE;
    private static final String SERVICE_PASSWORD = "service-secret-42";

    private static final String LDIF =
            """
            dn: %1$s
            objectClass: top
            objectClass: domain
            dc: region

            dn: ou=people,%1$s
            objectClass: top
            objectClass: organizationalUnit
            ou: people

            dn: ou=groups,%1$s
            objectClass: top
            objectClass: organizationalUnit
            ou: groups

            dn: ou=services,%1$s
            objectClass: top
            objectClass: organizationalUnit
            ou: services

            dn: %2$s
            objectClass: top
            objectClass: person
            cn: probity
            sn: probity
            userPassword: %3$s

            dn: cn=%4$s,ou=groups,%1$s
            objectClass: top
            objectClass: groupOfNames
            cn: %4$s
            member: %2$s

            dn: %5$s
            objectClass: top
            objectClass: groupOfNames
            cn: commission
            member: %2$s

            dn: cn=%6$s,ou=groups,%1$s
            objectClass: top
            objectClass: groupOfNames
            cn: %6$s
            member: %2$s
            """.formatted(BASE, SERVICE_DN, SERVICE_PASSWORD, OFFICERS, COMMISSION_DN, UNMAPPED);

    private static final InMemoryDirectoryServer SERVER = start();

    private TestDirectory() {}

    private static InMemoryDirectoryServer start() {
        try {
            var config = new InMemoryDirectoryServerConfig(BASE);
            // AD's attributes (sAMAccountName, memberOf) beside the standard ones
            config.setSchema(null);
            config.setListenerConfigs(
                    InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0, null));
            var server = new InMemoryDirectoryServer(config);
            server.importFromLDIF(
                    true, new LDIFReader(new ByteArrayInputStream(LDIF.getBytes(StandardCharsets.UTF_8))));
            server.startListening();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.shutDown(true)));
            return server;
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String url() {
        return "ldap://127.0.0.1:" + SERVER.getListenPort();
    }

    public static String serviceDn() {
        return SERVICE_DN;
    }

    public static String servicePassword() {
        return SERVICE_PASSWORD;
    }

    /** Directory sign-in on, matched by e-mail, officers' group to officer, the commission's by DN. */
    static void register(DynamicPropertyRegistry registry) {
        String prefix = "probity.accounts.ldap.";
        registry.add(prefix + "enabled", () -> "true");
        registry.add(prefix + "url", TestDirectory::url);
        registry.add(prefix + "base-dn", () -> BASE);
        registry.add(prefix + "user-search-base", () -> "ou=people");
        registry.add(prefix + "manager-dn", () -> SERVICE_DN);
        registry.add(prefix + "manager-password", () -> SERVICE_PASSWORD);
        registry.add(prefix + "match", () -> "EMAIL");
        registry.add(prefix + "group-search-base", () -> "ou=groups");
        registry.add(prefix + "roles[0].group", () -> OFFICERS);
        registry.add(prefix + "roles[0].role", () -> "ANTICORRUPTION_OFFICER");
        registry.add(prefix + "roles[1].group", () -> COMMISSION_DN);
        registry.add(prefix + "roles[1].role", () -> "COMMISSION_MEMBER");
    }

    /**
     * Adds a person under {@code ou=people} with the login ({@code uid} and {@code sAMAccountName}),
     * password, e-mail and СНИЛС ({@code employeeNumber}; may be null), in the named groups (by CN,
     * under {@code ou=groups}; listed in {@code memberOf} too); returns the DN.
     */
    public static String addPerson(String login, String password, String email, String snils, String... groups) {
        String dn = "uid=" + login + ",ou=people," + BASE;
        try {
            var attributes = new java.util.ArrayList<Attribute>();
            attributes.add(
                    new Attribute("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson", "user"));
            attributes.add(new Attribute("uid", login));
            attributes.add(new Attribute("sAMAccountName", login));
            attributes.add(new Attribute("cn", login));
            attributes.add(new Attribute("sn", login));
            attributes.add(new Attribute("userPassword", password));
            if (email != null) {
                attributes.add(new Attribute("mail", email));
            }
            if (snils != null) {
                attributes.add(new Attribute("employeeNumber", snils));
            }
            var memberOf = new java.util.ArrayList<String>();
            for (String group : groups) {
                String groupDn = "cn=" + group + ",ou=groups," + BASE;
                memberOf.add(groupDn);
                SERVER.modify(groupDn, new Modification(ModificationType.ADD, "member", dn));
            }
            if (!memberOf.isEmpty()) {
                attributes.add(new Attribute("memberOf", memberOf));
            }
            SERVER.add(dn, attributes);
            return dn;
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets a person's directory password (the directory is where it changes). */
    public static void setPassword(String login, String password) {
        try {
            SERVER.modify(
                    "uid=" + login + ",ou=people," + BASE,
                    new Modification(ModificationType.REPLACE, "userPassword", password));
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }
}
